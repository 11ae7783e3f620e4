import type { MarkJSON } from '../../model/DocJSON'
import type { SpanAttrs } from './SpanAttrs'

/**
 * The span attributes a mark is written with, or null for a mark that has no span form
 * (bold, italic, strike and link use native Markdown syntax; unknown marks are not written).
 * spanAttrsToMark is its inverse; the tagging issue adds entity, quote, attribution and note.
 */
export function markToSpanAttrs(mark: MarkJSON): SpanAttrs | null {
  switch (mark.type) {
    case 'underline':
      return { classes: ['underline'], attributes: {} }
    default:
      return null
  }
}
