/**
 * direct: quotation marks around a sentence or more; partial: quotation marks around a few words
 * inside the writer's own sentence; indirect: reported speech without quotation marks.
 */
export type QuoteKind = 'direct' | 'partial' | 'indirect'
