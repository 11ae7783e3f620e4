/**
 * Reads a `Key:: value` line (the wire-copy metadata convention of the seed sample), or null.
 * The key is a short label starting with a letter; the double colon must follow it directly,
 * which keeps ordinary prose ("Note: …") and times ("10:30") out.
 */
export function parseMetadataLine(line: string): { key: string; value: string } | null {
  const m = /^\s*(\p{L}[\p{L}\p{N} _-]{0,39}?)::(?:\s+(.*?))?\s*$/u.exec(line)
  if (!m) return null
  return { key: m[1]!, value: m[2] ?? '' }
}
