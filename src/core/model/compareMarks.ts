import type { MarkJSON } from './DocJSON'
import { markKey } from './markKey'

/**
 * Outer to inner, for marks that cover the same text: the writer nests them in this order and
 * readers list a text node's marks in it, so equal documents serialise identically. Bold and
 * italic go outermost because a Markdown `*` run reads unambiguously only next to a space,
 * not after another delimiter (`~~**x` could close an open `**`); then tags (a quote holds an
 * entity), links, and the span-or-tilde formatting.
 */
const MARK_ORDER = ['bold', 'italic', 'quote', 'attribution', 'note', 'entity', 'link', 'underline', 'strike']

function rank(type: string): number {
  const i = MARK_ORDER.indexOf(type)
  return i === -1 ? MARK_ORDER.length : i
}

/** Sort comparator for marks: known types by MARK_ORDER, then unknown types by name, then attributes. */
export function compareMarks(a: MarkJSON, b: MarkJSON): number {
  const byRank = rank(a.type) - rank(b.type)
  if (byRank !== 0) return byRank
  const ka = markKey(a)
  const kb = markKey(b)
  return ka < kb ? -1 : ka > kb ? 1 : 0
}
