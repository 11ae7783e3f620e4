import type { SpanAttrs } from './SpanAttrs'

/** Keys and classes that can be written bare; anything else would not read back as the same name. */
const NAME = /^[A-Za-z_][\w-]*$/

/**
 * Writes span attributes as Pandoc reads them: `{.class #id key="value"}`. Values are always
 * double-quoted with `\` and `"` escaped, so any string survives the round trip through
 * parseSpanAttrs. Names that are not identifiers are left out rather than written broken.
 */
export function formatSpanAttrs(attrs: SpanAttrs): string {
  const parts = attrs.classes.filter((c) => NAME.test(c)).map((c) => `.${c}`)
  if (attrs.id && NAME.test(attrs.id)) parts.push(`#${attrs.id}`)
  for (const [key, value] of Object.entries(attrs.attributes)) {
    if (NAME.test(key)) parts.push(`${key}="${value.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`)
  }
  return `{${parts.join(' ')}}`
}
