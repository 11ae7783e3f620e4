/**
 * Characters XML 1.0 forbids anywhere, even escaped (C0 controls but tab/LF/CR, lone
 * surrogates, U+FFFE/U+FFFF), and the C1 controls it discourages.
 */
const INVALID = /(?![\t\n\r])\p{Cc}|\p{Cs}|[\ufffe\uffff]/gu

/**
 * Text made safe for XML (and HTML) content, or for a double-quoted attribute value when
 * `attribute` is set: `&`, `<`, `>` escaped, plus `"` and white space control characters in
 * attributes (a raw tab or newline there would be normalised to a space by parsers).
 * Characters that XML cannot carry at all are dropped.
 */
export function escapeXml(text: string, attribute = false): string {
  const clean = text.replace(INVALID, '')
  const escaped = clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  if (!attribute) return escaped
  return escaped.replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;')
}
