import type { MarkJSON } from '../../model/DocJSON'
import type { SpanAttrs } from './SpanAttrs'

/**
 * The mark a bracketed span stands for, or null for a span this version does not know,
 * whose text is then kept without a mark. Inverse of markToSpanAttrs.
 */
export function spanAttrsToMark(attrs: SpanAttrs): MarkJSON | null {
  if (attrs.classes.includes('underline')) return { type: 'underline' }
  return null
}
