import type { ArticleStatus } from '../model/Article'

/** The searchable text of one article, one field per kind of text (each boosted differently). */
export interface SearchDoc {
  id: string
  headline: string
  /** Standfirst and body, as read aloud (docToPlainText). */
  body: string
  /** The tagged quotes, one per line. */
  quotes: string
  /** Photo captions and alt texts. */
  captions: string
  /** Photo credit lines, photographers, agencies; bylines. */
  credits: string
}

export const SEARCH_FIELDS = ['headline', 'body', 'quotes', 'captions', 'credits'] as const
export type SearchField = (typeof SEARCH_FIELDS)[number]

/** What the filters look at, kept for every article beside the index. */
export interface SearchFacets {
  status: ArticleStatus
  /** Epoch ms. */
  updatedAt: number
  createdAt: number
  trashed: boolean
  /** Entity ids tagged in the body. */
  entities: string[]
  /** Speaker entity ids of the tagged quotes. */
  speakers: string[]
  /** Source ids attached, attributed in the text or given for a quote. */
  sources: string[]
  /** Folded, lower-case credit lines, agencies and distributors of the photos. */
  agencies: string[]
  photos: number
  quotes: number
  /** Preflight errors not overridden with a reason (what blocks export). */
  errors: number
}

/** An article as the search index holds it: its text and its facets. */
export interface SearchEntry {
  doc: SearchDoc
  facets: SearchFacets
}
