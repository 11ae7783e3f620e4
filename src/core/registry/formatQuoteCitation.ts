import type { QuoteKind } from '../model/tagMarks'

export interface QuoteCitation {
  text: string
  kind: QuoteKind
  speaker: string | null
  headline: string
  /** ISO 8601 date or timestamp of the article. */
  date: string
  source?: string | null
}

const OUTER_QUOTES = /^[\s“"‘'«„]+|[\s”"’'»]+$/g

/**
 * A quote as a desk pastes it into another story: the words in curly quotes (reported speech
 * without them), who said it, and where it ran — `“…” — Dmitry Peskov, “Kremlin backs Tehran”
 * (24 Jun 2026)`. A quote without a speaker says so rather than attributing it to no one.
 */
export function formatQuoteCitation(q: QuoteCitation): string {
  const words = q.text.replace(OUTER_QUOTES, '').replace(/\s+/g, ' ').trim()
  const body = q.kind === 'indirect' ? words : `“${words}”`
  const who = q.speaker ?? 'unattributed'
  const day = /^\d{4}-\d{2}-\d{2}/.test(q.date) ? formatDay(q.date.slice(0, 10)) : q.date
  const via = q.source ? `, via ${q.source}` : ''
  const where = q.headline ? `, “${q.headline}”` : ''
  const when = day ? ` (${day})` : ''
  return `${body} — ${who}${q.kind === 'indirect' ? ' (reported)' : ''}${via}${where}${when}`
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`
}
