import type { QuoteKind } from './QuoteKind'
import type { QuoteSpeaker } from './QuoteSpeaker'

/**
 * A proposed quote mark. Offsets as in EntitySuggestion; a direct quote's span includes its
 * quotation marks. A quote that runs over several paragraphs comes as one suggestion per
 * paragraph (marks do not cross paragraphs) sharing the same `group` number; single-paragraph
 * quotes have no `group`. `cue` is the speech verb as written ("said", "noted", "according to").
 */
export interface QuoteSuggestion {
  start: number
  end: number
  text: string
  kind: QuoteKind
  speaker: QuoteSpeaker | null
  cue?: string
  group?: number
  confidence: number
}
