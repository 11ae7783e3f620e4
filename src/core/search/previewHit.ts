import { findTermRanges, type TermMatch, type TextRange, type WordReader } from './findTermRanges'
import { makeSnippet, type Snippet } from './makeSnippet'
import type { SearchDoc } from './SearchDoc'

/** Where a result's snippet comes from, for a label beside it ("Caption: …"). */
export type SnippetField = 'body' | 'captions' | 'credits'

/** What a result row shows of an article found: its headline's matches and a snippet. */
export interface HitPreview {
  id: string
  headlineRanges: TextRange[]
  field: SnippetField
  snippet: Snippet
}

const FIELDS: readonly SnippetField[] = ['body', 'captions', 'credits']

/**
 * The headline's matches and a snippet from the first field with a match (the body, which holds
 * the quotes, then captions, then credits); the start of the body when only the headline or the
 * filters matched.
 */
export function previewHit(doc: SearchDoc, match: TermMatch, reader?: WordReader, length = 180): HitPreview {
  const headlineRanges = findTermRanges(doc.headline, match, reader)
  for (const field of FIELDS) {
    const ranges = findTermRanges(doc[field], match, reader)
    if (ranges.length) return { id: doc.id, headlineRanges, field, snippet: makeSnippet(doc[field], ranges, length) }
  }
  return { id: doc.id, headlineRanges, field: 'body', snippet: makeSnippet(doc.body, [], length) }
}
