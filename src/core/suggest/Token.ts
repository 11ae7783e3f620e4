/**
 * One token of the text. `kind`: 'word' (letters/digits, inner hyphens and apostrophes, dotted
 * abbreviations such as "U.S."), 'poss' (the possessive "'s"/"’s" split off a word), 'punct' (one
 * punctuation character), 'quote' (one quotation mark), 'break' (a line break: one paragraph per
 * line). `cap` is true when a word starts with an upper-case letter.
 */
export interface Token {
  text: string
  lower: string
  start: number
  end: number
  kind: 'word' | 'poss' | 'punct' | 'quote' | 'break'
  cap: boolean
  /** Index of the paragraph (non-empty line) the token is in. */
  para: number
  /** Index of the sentence, filled in by segmentSentences. */
  sent: number
}
