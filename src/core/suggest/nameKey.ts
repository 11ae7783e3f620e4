/**
 * The lookup key of a name: lower case, accents removed, apostrophes unified and white space
 * collapsed, so "Araqchi", "ARAQCHI" and "Aráqchi" share a key while "Arakchi" does not.
 */
export function nameKey(name: string): string {
  // Fast path: plain ASCII with single spaces is the common case in a hot loop.
   
  if (/^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/.test(name) && !name.includes('`')) return name.toLowerCase()
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}
