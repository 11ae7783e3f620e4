import type { DocJSON } from '../../../core/model/DocJSON'
import type { HitPreview } from '../../../core/search/previewHit'
import type { ArticleRow } from '../db/ArticleRow'
import type { SearchSort } from '../../../core/search/SearchIndex'

/** Where the index is: restoring or building (with progress), ready, or failed (with why). */
export interface IndexStatus {
  state: 'starting' | 'loading' | 'building' | 'ready' | 'failed'
  indexed: number
  total: number
  error?: string
  /** Store changes applied since the index started. */
  updates?: number
  /** The last change applied, in ms of the worker's clock: reading the articles from the store and reindexing them, and the reindexing alone. */
  lastUpdateMs?: number
  lastIndexMs?: number
}

/**
 * The page's copy of the index's id table (slot → article id; see IdTable), as it tells the
 * worker with each search: the table's epoch (which index, which numbering of its slots) and how
 * many slots it holds.
 */
export interface IdTableState {
  epoch: string
  length: number
}

/** What the page's copy of the id table lacked when it asked: the ids of slots `from` to `to` (exclusive), joined by "\n". */
export interface IdTableDelta {
  epoch: string
  from: number
  to: number
  ids: string
}

/**
 * The answer to a search, as the worker sends it: the articles found as slot numbers (one typed
 * array, handed over rather than copied) that the page reads with its copy of the id table,
 * and what that copy lacks (usually nothing; the whole table once, and a slot per edit). Thousands
 * of ids are neither joined in the worker nor split on the page at every keystroke.
 */
export interface SearchReplyValue extends Omit<SearchAnswer, 'ids'> {
  slots: Int32Array
  table: IdTableDelta
}

/** The answer to a search. */
export interface SearchAnswer {
  /** Every article found, in order. */
  ids: string[]
  /** Headline matches and snippets of those of the first results whose text the worker had at hand. */
  previews: HitPreview[]
  /** Index terms to highlight, and phrases: what the opened article highlights too. */
  terms: string[]
  phrases: string[][]
  /** Filter tokens that could not be read. */
  problems: string[]
  /** Time the worker spent on the search, in ms (its own clock). */
  elapsedMs: number
  status: IndexStatus
}

export interface SearchParams {
  query: string
  sort: SearchSort
  /** How many of the first results may come with a preview (those whose text is at hand). */
  previews: number
}

/** Requests to the search worker. Those with an id get a reply carrying it. */
export type SearchRequest =
  /** `table`: what the page holds of the id table (nothing yet: undefined). */
  | { kind: 'search'; id: number; params: SearchParams; table?: IdTableState }
  | { kind: 'previews'; id: number; ids: string[]; terms: string[]; phrases: string[][] }
  | { kind: 'changed'; articles: string[] | 'all'; entities: boolean }
  /** An edit just stored, with the article: indexed without reading it back. */
  | { kind: 'saved'; row: ArticleRow; body: DocJSON }
  | { kind: 'flush'; id: number }

export type SearchReply =
  | { kind: 'reply'; id: number; ok: true; value: unknown }
  | { kind: 'reply'; id: number; ok: false; error: string }
  | { kind: 'status'; status: IndexStatus }
