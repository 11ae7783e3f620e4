import type { Article } from '../../model/Article'
import { collectTags } from '../../registry/collectTags'
import { csvRow } from './csvRow'
import type { ExportContext } from './ExportContext'
import { resolveEntity } from './resolveEntity'
import { stripNotes } from './stripNotes'

const HEADER = ['quote', 'speaker', 'article', 'source', 'verified', 'kind', 'quote_id', 'speaker_id', 'source_id', 'article_id']

/**
 * A quote sheet for fact-checking: one row per tagged quote of each article, in document
 * order — the words (a quote over several paragraphs joined by spaces), the speaker's name, the
 * article's headline (its slug when it has none), the source's name, whether it was verified,
 * then kind and the ids for tools. UTF-8 with a byte order mark so spreadsheets read the curly
 * quotes right; CRLF line ends (RFC 4180).
 */
export function writeQuoteSheetCsv(articles: readonly Article[], ctx: ExportContext): string {
  let out = `\ufeff${csvRow(HEADER)}`
  for (const article of articles) {
    for (const q of collectTags(stripNotes(article.body)).quotes) {
      const speaker = q.speakerId ? resolveEntity(q.speakerId, ctx) : undefined
      const source = q.sourceId ? ctx.sources.get(q.sourceId) : undefined
      out += csvRow([
        q.text.replace(/\s+/g, ' ').trim(),
        speaker?.name ?? q.speakerId ?? '',
        article.headline || article.slug,
        source?.name ?? q.sourceId ?? '',
        q.verified ? 'yes' : 'no',
        q.kind,
        q.quoteId,
        speaker?.id ?? q.speakerId ?? '',
        q.sourceId ?? '',
        article.id
      ])
    }
  }
  return out
}
