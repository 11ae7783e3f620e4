import type { Article } from '../../model/Article'
import { collectMentions } from './collectMentions'
import { csvRow } from './csvRow'
import type { ExportContext } from './ExportContext'
import { wikidataUri } from './wikidataUri'

const HEADER = ['entity', 'type', 'mentions', 'forms', 'article', 'wikidata', 'entity_id', 'article_id']

/**
 * An entity index: one row per entity per article, in order of first mention — the name from
 * the registry, its type, how often it is tagged, the spellings tagged (`Araqchi; Arakchi` is
 * how a slip shows up), the article's headline (its slug when it has none), the Wikidata URI,
 * and the ids. Encoded like writeQuoteSheetCsv.
 */
export function writeEntityIndexCsv(articles: readonly Article[], ctx: ExportContext): string {
  let out = `\ufeff${csvRow(HEADER)}`
  for (const article of articles) {
    for (const m of collectMentions(article.body, ctx)) {
      out += csvRow([m.name, m.type, String(m.count), m.forms.join('; '), article.headline || article.slug, wikidataUri(m.wikidata) ?? '', m.id, article.id])
    }
  }
  return out
}
