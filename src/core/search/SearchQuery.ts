import type { ArticleStatus } from '../model/Article'

/** Flags a `has:` filter can ask for. */
export const HAS_FLAGS = ['errors', 'photo', 'quotes'] as const
export type HasFlag = (typeof HAS_FLAGS)[number]

/** The filter keys the search box understands, in the order a query is written with them. */
export const FILTER_KEYS = ['status', 'speaker', 'entity', 'source', 'agency', 'after', 'before', 'has'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]

/**
 * What the results must satisfy besides the text. Values of one list key must all hold
 * (`entity:iran entity:russia` = both mentioned), except `status`, where any listed status does.
 */
export interface SearchFilters {
  status: ArticleStatus[]
  /** As typed: an entity id, a name or a surname; the index resolves them to entities. */
  speakers: string[]
  entities: string[]
  /** Source ids or names ("reuters", "baltic-wire"). */
  sources: string[]
  /** Words of a photo credit: agency, distributor or the whole credit line ("getty"). */
  agencies: string[]
  /** ISO dates (YYYY-MM-DD): last changed on or after `after`, before `before`. */
  after?: string
  before?: string
  has: HasFlag[]
}

/** A parsed search box. */
export interface SearchQuery {
  /** Words outside quotes, as typed (not yet normalised), in order. */
  words: string[]
  /** Quoted phrases, each as its words. */
  phrases: string[][]
  /** Words after a minus ("-draft"): results must not contain them. */
  excluded: string[]
  /** The last word is still being typed (no space after it): it matches as a prefix. */
  prefixLast: boolean
  filters: SearchFilters
  /** Filter tokens that could not be read ("before:tuesday"), to show the user. */
  problems: string[]
}

export const emptyFilters = (): SearchFilters => ({ status: [], speakers: [], entities: [], sources: [], agencies: [], has: [] })

/** True when the query asks for nothing: the library shows everything. */
export function isEmptyQuery(q: SearchQuery): boolean {
  const f = q.filters
  return (
    q.words.length === 0 &&
    q.phrases.length === 0 &&
    f.status.length + f.speakers.length + f.entities.length + f.sources.length + f.agencies.length + f.has.length === 0 &&
    !f.after &&
    !f.before
  )
}
