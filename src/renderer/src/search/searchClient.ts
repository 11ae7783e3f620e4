import type { HitPreview } from '../../../core/search/previewHit'
import { onArticleSaved } from '../db/articleSaved'
import { db } from '../db/db'
import { IdTable } from './IdTable'
import { SearchDB } from './SearchDB'
import { SearchEngine } from './SearchEngine'
import type { IndexStatus, SearchAnswer, SearchParams, SearchReply, SearchReplyValue, SearchRequest } from './searchProtocol'
import { watchStoreChanges, type StoreChange } from './watchStoreChanges'

/** The page's handle on the search index. */
export interface SearchClient {
  search(params: SearchParams): Promise<SearchAnswer>
  previews(ids: string[], terms: string[], phrases: string[][]): Promise<HitPreview[]>
  /** Applies waiting changes and saves the index (tests and the bench). */
  flush(): Promise<IndexStatus>
  status(): IndexStatus
  /** Called on every status change of the index (progress, ready, and after each update). */
  onStatus(listener: (status: IndexStatus) => void): () => void
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void; request: SearchRequest }
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never

/** The engine on this thread: where module workers cannot start. Slower to build, same answers. */
function inPage(onStatus: (s: IndexStatus) => void): (request: SearchRequest) => Promise<unknown> {
  const engine = new SearchEngine(db, new SearchDB(), onStatus)
  return async (request) => {
    switch (request.kind) {
      case 'changed':
        return engine.changed(request.articles, request.entities)
      case 'saved':
        return engine.saved(request.row, request.body)
      case 'search':
        return engine.search(request.params, request.table)
      case 'previews':
        return engine.previews(request.ids, request.terms, request.phrases)
      case 'flush':
        return engine.flush()
    }
  }
}

function createClient(): SearchClient {
  let status: IndexStatus = { state: 'starting', indexed: 0, total: 0 }
  const listeners = new Set<(s: IndexStatus) => void>()
  const setStatus = (s: IndexStatus): void => {
    status = s
    for (const l of listeners) l(s)
  }
  const pending = new Map<number, Pending>()
  let nextId = 1
  let fallback: ((request: SearchRequest) => Promise<unknown>) | null = null
  let worker: Worker | null = null

  const fallBack = (): void => {
    worker?.terminate()
    worker = null
    fallback ??= inPage(setStatus)
    for (const [, p] of pending) fallback(p.request).then(p.resolve, p.reject)
    pending.clear()
  }
  try {
    worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module', name: 'copydesk-search' })
    worker.onmessage = (event: MessageEvent<SearchReply>) => {
      const reply = event.data
      if (reply.kind === 'status') return setStatus(reply.status)
      const waiter = pending.get(reply.id)
      if (!waiter) return
      pending.delete(reply.id)
      if (reply.ok) waiter.resolve(reply.value)
      else waiter.reject(new Error(reply.error))
    }
    // A worker that cannot load (a platform refusing module workers) gives way to the page.
    worker.onerror = (event) => {
      event.preventDefault()
      console.warn('Search worker failed; searching on the page instead.', event.message)
      fallBack()
    }
  } catch {
    fallBack()
  }

  const send = (request: SearchRequest): void => {
    if (fallback) void fallback(request)
    else worker?.postMessage(request)
  }
  const call = <T>(request: WithoutId<Extract<SearchRequest, { id: number }>>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const full = { ...request, id: nextId++ } as SearchRequest
      if (fallback) return void fallback(full).then((v) => resolve(v as T), reject)
      pending.set((full as { id: number }).id, { resolve: resolve as (v: unknown) => void, reject, request: full })
      worker!.postMessage(full)
    })

  // The ids of the results come as slots of the index, read with this copy of its id table.
  const table = new IdTable()
  // Edits saved here come with the article; every other write (sync, trash, registry) as ids to read.
  onArticleSaved((row, body) => send({ kind: 'saved', row, body }))
  watchStoreChanges(db.name, (change: StoreChange) => send({ kind: 'changed', articles: change.articles, entities: change.entities }))
  return {
    search: async (params) => {
      const value = await call<SearchReplyValue>({ kind: 'search', params, table: table.state() })
      const { slots: _slots, table: _table, ...rest } = value
      return { ...rest, ids: table.read(value) } satisfies SearchAnswer
    },
    previews: (ids, terms, phrases) => call<HitPreview[]>({ kind: 'previews', ids, terms, phrases }),
    flush: () => call<IndexStatus>({ kind: 'flush' }),
    status: () => status,
    onStatus: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    }
  }
}

let shared: SearchClient | undefined

/**
 * The app's one search index client, started on first use: the index loads (or builds) in its
 * worker then, never at startup. The worker follows the store's changes from that moment on.
 */
export function searchClient(): SearchClient {
  shared ??= createClient()
  return shared
}

/** Starts the index without asking anything, so the first search finds it loaded. */
export function warmSearch(): void {
  searchClient()
}
