/**
 * A link destination as Markdown reads it back unchanged: bare when it has no spaces,
 * parentheses, angle brackets or backslashes, otherwise in `<…>` with `<`, `>` and `\` escaped.
 */
export function writeLinkDestination(href: string): string {
  if (!/[\s()<>\\]/.test(href)) return href
  return `<${href.replace(/[\\<>]/g, '\\$&')}>`
}
