/** A reference-link label as it is matched: case-insensitive, white space folded (CommonMark). */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase()
}
