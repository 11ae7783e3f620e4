import type { SpanAttrs } from './SpanAttrs'

const TOKEN = /[ \t\n]*(?:\.([A-Za-z_][\w-]*)|#([A-Za-z_][\w:.-]*)|([A-Za-z_][\w-]*)=(?:"((?:[^"\\]|\\[\s\S])*)"|'([^']*)'|([^\s"'{}=]+)))/y

/**
 * Reads Pandoc attributes `{.class #id key="value" key=value}` starting at `text[start]`
 * (which must be `{`). Returns the attributes and the index after the closing brace, or null
 * when the braces do not hold an attribute list, in which case the caller treats them as text.
 */
export function parseSpanAttrs(text: string, start: number): { attrs: SpanAttrs; end: number } | null {
  if (text[start] !== '{') return null
  const attrs: SpanAttrs = { classes: [], attributes: {} }
  let pos = start + 1
  for (;;) {
    TOKEN.lastIndex = pos
    const m = TOKEN.exec(text)
    if (!m) break
    pos = TOKEN.lastIndex
    if (m[1] !== undefined) attrs.classes.push(m[1])
    else if (m[2] !== undefined) attrs.id = m[2]
    else attrs.attributes[m[3]!] = m[4] !== undefined ? m[4].replace(/\\([\s\S])/g, '$1') : (m[5] ?? m[6] ?? '')
  }
  while (text[pos] === ' ' || text[pos] === '\t' || text[pos] === '\n') pos++
  return text[pos] === '}' ? { attrs, end: pos + 1 } : null
}
