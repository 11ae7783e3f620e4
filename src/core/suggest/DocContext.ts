import type { Token } from './Token'
import type { Sentence } from './segmentSentences'

/** What the rules share about one text: its tokens, sentences and a few document-wide facts. */
export interface DocContext {
  text: string
  tokens: Token[]
  sentences: Sentence[]
  /** Lower-cased words that occur in lower case somewhere: "Welcomes" in a subhead is a verb. */
  lowerWords: Set<string>
  /** Paragraph indexes whose lines are headline-style (most words capitalised, no final stop). */
  titleParas: Set<number>
  /** Paragraph indexes of `Key:: value` metadata lines ("Photo:: …"): not prose, never tagged. */
  metaParas: Set<number>
}
