import type { MarkJSON } from './DocJSON'
import { markKey } from './markKey'

/**
 * Outer to inner: tag marks wrap formatting (a quote holds an entity, a link holds bold text),
 * so when two marks cover the same text the writer nests them in this order, and readers list
 * a text node's marks in it, making equal documents serialise identically.
 */
const MARK_ORDER = ['quote', 'attribution', 'note', 'entity', 'link', 'underline', 'strike', 'bold', 'italic']

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
