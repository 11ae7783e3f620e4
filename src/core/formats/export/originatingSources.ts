import type { Article } from '../../model/Article'
import type { Source } from '../../model/Source'
import type { ExportContext } from './ExportContext'

/**
 * The article's sources (its `sources` list) as registry entries, in order; an id the registry
 * does not know becomes a source named after its id, so nothing listed is dropped.
 */
export function originatingSources(article: Article, ctx: ExportContext): Source[] {
  const ids = [...new Set(article.sources)]
  return ids.map((id) => ctx.sources.get(id) ?? { id, type: 'wire', name: id })
}
