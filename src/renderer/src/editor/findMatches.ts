import type { Node as PMNode } from '@tiptap/pm/model'
import { rangesInTextRuns, type TextRange } from './rangesInTextRuns'

export type { TextRange } from './rangesInTextRuns'

/**
 * Every occurrence of `query` in the document's text, as document positions. Matches stay
 * inside one textblock and may cross mark boundaries (a word half bold still matches).
 */
export function findMatches(doc: PMNode, query: string, caseSensitive = false): TextRange[] {
  if (!query) return []
  const needle = caseSensitive ? query : query.toLocaleLowerCase()
  return rangesInTextRuns(doc, function* (text) {
    const hay = caseSensitive ? text : text.toLocaleLowerCase()
    for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) yield { from: i, to: i + needle.length }
  })
}
