import type { QuoteKind } from '../model/tagMarks'
import type { ArticleText, MarkSpan } from './ArticleText'

/** One tagged quote: every span sharing its quoteId (a quote may run over several paragraphs). */
export interface QuoteGroup {
  quoteId: string
  kind: QuoteKind
  speakerId: string | null
  sourceId: string | null
  /** True only when every span of the quote is marked verified. */
  verified: boolean
  spans: MarkSpan[]
  /** The quote's words as written, spans joined by a space. */
  text: string
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null)

const memo = new WeakMap<ArticleText, QuoteGroup[]>()

/** The tagged quotes of a body, in order of their first span (read once per body, for several checks). */
export function quoteGroups(body: ArticleText): QuoteGroup[] {
  const known = memo.get(body)
  if (known) return known
  const byId = new Map<string, QuoteGroup>()
  const blockText = new Map(body.blocks.map((b) => [b.index, b.text]))
  for (const span of body.marks) {
    if (span.type !== 'quote') continue
    const a = span.attrs
    const quoteId = str(a.quoteId)
    if (!quoteId) continue
    const words = (blockText.get(span.blockIndex) ?? '').slice(span.from, span.to)
    const group = byId.get(quoteId)
    if (!group) {
      const kind: QuoteKind = a.kind === 'partial' || a.kind === 'indirect' ? a.kind : 'direct'
      byId.set(quoteId, { quoteId, kind, speakerId: str(a.speakerId), sourceId: str(a.sourceId), verified: a.verified === true, spans: [span], text: words })
    } else {
      group.spans.push(span)
      group.text += ` ${words}`
      group.speakerId ??= str(a.speakerId)
      group.sourceId ??= str(a.sourceId)
      group.verified &&= a.verified === true
    }
  }
  const groups = [...byId.values()]
  memo.set(body, groups)
  return groups
}
