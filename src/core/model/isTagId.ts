/**
 * Registry ids (entities, sources) are readable slugs, quote and note ids ULID-like tokens:
 * letters, digits, hyphens and underscores, so they are safe in file names, URLs and attributes.
 */
export function isTagId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9_-]{0,119}$/.test(value)
}
