/**
 * The lookup key of a name: lower case, accents removed, apostrophes unified and white space
 * collapsed, so "Araqchi", "ARAQCHI" and "Aráqchi" share a key while "Arakchi" does not.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}
