import type { Article } from '../model/Article'
import type { DocJSON, NodeJSON } from '../model/DocJSON'
import { docToPlainText } from '../model/docToPlainText'
import { collectTags } from '../registry/collectTags'
import { countUnresolvedErrors } from './countUnresolvedErrors'
import { foldText } from './foldText'
import type { SearchDoc, SearchEntry } from './SearchDoc'

/** Source ids of the attribution marks in the body ("…, Reuters reports."). */
function attributedSources(doc: DocJSON): string[] {
  const out = new Set<string>()
  const visit = (node: NodeJSON): void => {
    for (const m of node.marks ?? []) {
      if (m.type === 'attribution' && typeof m.attrs?.sourceId === 'string') out.add(m.attrs.sourceId)
    }
    node.content?.forEach(visit)
  }
  doc.content.forEach(visit)
  return [...out]
}

const lines = (values: (string | undefined)[]): string => values.filter((v): v is string => !!v && v.trim() !== '').join('\n')

const parseMs = (iso: string): number => {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? 0 : ms
}

function searchDoc(article: Article, quotes: readonly { text: string }[]): SearchDoc {
  const photos = article.photos
  return {
    id: article.id,
    headline: article.headline,
    body: lines([article.standfirst, docToPlainText(article.body)]),
    quotes: lines(quotes.map((q) => q.text)),
    captions: lines(photos.flatMap((p) => [p.caption, p.altText])),
    credits: lines([...photos.flatMap((p) => [p.creditLine, p.photographer, p.creator, p.source]), ...(article.bylines ?? []), article.custom?.Byline])
  }
}

/** The searchable text of an article alone (for snippets), without the facets. */
export function buildSearchDoc(article: Article): SearchDoc {
  return searchDoc(article, collectTags(article.body).quotes)
}

/**
 * What the search index keeps of an article: headline, body (with the standfirst), quotes,
 * captions and credits as text; status, dates, tagged entities and speakers, sources, photo
 * agencies and unresolved errors as facets for the filters.
 */
export function buildSearchEntry(article: Article, opts: { trashed?: boolean } = {}): SearchEntry {
  const { mentions, quotes } = collectTags(article.body)
  const photos = article.photos
  const sources = new Set([...article.sources, ...attributedSources(article.body)])
  for (const q of quotes) if (q.sourceId) sources.add(q.sourceId)
  return {
    doc: searchDoc(article, quotes),
    facets: {
      status: article.status,
      updatedAt: parseMs(article.updatedAt),
      createdAt: parseMs(article.createdAt),
      trashed: opts.trashed ?? false,
      entities: [...mentions.keys()],
      speakers: [...new Set(quotes.flatMap((q) => (q.speakerId ? [q.speakerId] : [])))],
      sources: [...sources],
      agencies: [...new Set(photos.flatMap((p) => [p.creditLine, p.agency, p.distributor]).filter((v): v is string => !!v).map(foldText))],
      photos: photos.length,
      quotes: quotes.length,
      errors: countUnresolvedErrors(article)
    }
  }
}
