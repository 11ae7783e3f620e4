/**
 * A quoted stretch found from quotation marks, as token indices: `open` is the opening mark,
 * `close` the closing mark or, for a quote left open at the end of its paragraph, the last token
 * of that paragraph (`closed` false). `group` links the paragraphs of one continued quote.
 */
export interface QuoteSpan {
  open: number
  close: number
  closed: boolean
  single: boolean
  group?: number
  /** True for the second and later paragraphs of a continued quote. */
  continuation: boolean
}
