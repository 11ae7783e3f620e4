/**
 * direct: quotation marks around a sentence or more; partial: quotation marks around some words
 * inside the writer's own sentence — the span is the quoted words alone ("calling them
 * “unjustified”") or, when they sit in reported speech, the whole reported statement ("that
 * Moscow would “try to help the Iranian people” without disclosing details"); indirect: reported
 * speech without quotation marks.
 */
export type QuoteKind = 'direct' | 'partial' | 'indirect'
