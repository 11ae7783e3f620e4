/**
 * The search bench page (bundled by esbuild, run on a file:// page in headless Chromium). It
 * takes the generated library from data.js (bench/lib/searchLibrary.ts), fills the app's store (the real CopydeskDB, database "copydesk") with the generated library,
 * starts the app's search worker (src/renderer/src/search/searchWorker.ts, bundled beside this
 * page) and talks to it as the library pane does; every time is taken here with the page's own
 * performance.now(). The plain scan and the index's heap size are measured on this thread.
 */
import type { Article } from '../../src/core/model/Article'
import { countWords } from '../../src/core/model/countWords'
import { buildSearchEntry } from '../../src/core/search/buildSearchEntry'
import { parseQuery } from '../../src/core/search/parseQuery'
import { isEmptyQuery } from '../../src/core/search/SearchQuery'
import { SEARCH_FIELDS, type SearchDoc } from '../../src/core/search/SearchDoc'
import { SearchIndex } from '../../src/core/search/SearchIndex'
import type { ArticleRow } from '../../src/renderer/src/db/ArticleRow'
import { onArticleSaved } from '../../src/renderer/src/db/articleSaved'
import { db } from '../../src/renderer/src/db/db'
import { toArticle } from '../../src/renderer/src/db/toArticle'
import { saveArticleBody } from '../../src/renderer/src/db/saveArticleBody'
import type { HitPreview } from '../../src/core/search/previewHit'
import { IdTable } from '../../src/renderer/src/search/IdTable'
import type { IndexStatus, SearchReply, SearchReplyValue, SearchRequest } from '../../src/renderer/src/search/searchProtocol'
import { watchStoreChanges } from '../../src/renderer/src/search/watchStoreChanges'
import type { Haystack, ScanRequest } from './scanWorker'

/** What window.__search offers bench/searchBench.ts (restated there: the two are checked by different tsconfigs). */
/** A person the library tags (bench/lib/searchLibrary.ts, restated: that file is checked under tsconfig.node.json). */
interface LibraryPerson {
  id: string
  name: string
}

export interface SearchBenchPage {
  load(): Promise<{ articles: number; words: number; textChars: number; people: number }>
  store(): Promise<{ ms: number }>
  startWorker(): Promise<{ readyMs: number; status: IndexStatus }>
  flush(): Promise<{ ms: number }>
  type(queries: string[]): Promise<{ roundTrip: number[]; inWorker: number[]; snippets: number[]; typed: string[]; results: Record<string, number> }>
  scan(queries: string[]): Promise<{ ms: number[]; results: Record<string, number> }>
  edit(runs: number): Promise<{ update: number[]; index: number[]; searchable: number[] }>
  heap(): Promise<{ indexBytes: number; snapshotBytes: number; sequenceBytes: number; terms: number; postings: number }>
}

declare global {
  interface Window {
    __search: SearchBenchPage
    /** data.js, written by bench/searchBench.ts: the generated library. */
    __searchData?: { articles: Article[]; people: LibraryPerson[] }
    gc?: () => void
  }
  interface Performance {
    memory?: { usedJSHeapSize: number }
  }
}

/** Rows the library pane shows at once (860 px of 92 px rows, and a few more): those get previews. */
const SHOWN = 12
let articles: Article[] = []
let people: LibraryPerson[] = []
let scanWorker: Worker | null = null
let worker: Worker | null = null
let stopWatching: (() => void) | undefined
let status: IndexStatus = { state: 'starting', indexed: 0, total: 0 }
const statusWaiters: ((s: IndexStatus) => void)[] = []
const pending = new Map<number, (reply: SearchReply) => void>()
/** The page's copy of the index's id table, as the app's search client keeps it: answers name their results by slot. */
const idTable = new IdTable()
let nextId = 1

const textOf = (doc: SearchDoc): string => SEARCH_FIELDS.map((f) => doc[f]).join('\n')

function row(article: Article, i: number): ArticleRow {
  const { body, ...meta } = article
  return { ...meta, file: `articles/${article.slug}.md`, fileHash: `hash-${i}`, wordCount: countWords(body), trashed: 0 }
}

function waitStatus(ok: (s: IndexStatus) => boolean): Promise<IndexStatus> {
  if (ok(status)) return Promise.resolve(status)
  return new Promise((resolve) => {
    const check = (s: IndexStatus): void => {
      if (ok(s)) resolve(s)
      else statusWaiters.push(check)
    }
    statusWaiters.push(check)
  })
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never

function call<T>(request: WithoutId<Extract<SearchRequest, { id: number }>>): Promise<T> {
  return new Promise((resolve, reject) => {
    const id = nextId++
    pending.set(id, (reply) => (reply.kind === 'reply' && reply.ok ? resolve(reply.value as T) : reject(new Error(JSON.stringify(reply)))))
    worker!.postMessage({ ...request, id } as SearchRequest)
  })
}

window.__search = {
  async load() {
    ;({ articles, people } = window.__searchData!)
    delete window.__searchData
    // The baseline's copy of the text goes to its worker; the page keeps none of it.
    const haystacks: Haystack[] = articles.map((a) => {
      const entry = buildSearchEntry(a)
      return { id: a.id, text: textOf(entry.doc).toLowerCase(), facets: entry.facets }
    })
    scanWorker = new Worker('scanWorker.js', { type: 'module' })
    const textChars = haystacks.reduce((n, h) => n + h.text.length, 0)
    await new Promise((resolve) => {
      scanWorker!.onmessage = resolve
      scanWorker!.postMessage({ kind: 'load', haystacks, people } satisfies ScanRequest)
    })
    return { articles: articles.length, words: articles.reduce((n, a) => n + countWords(a.body), 0), textChars, people: people.length }
  },

  async store() {
    const t0 = performance.now()
    await db.delete()
    await db.open()
    await db.entities.bulkAdd(
      people.map((p) => ({ id: p.id, type: 'person' as const, name: p.name, aliases: [], keys: p.name.toLowerCase().split(' '), fileHash: null }))
    )
    for (let i = 0; i < articles.length; i += 500) {
      const chunk = articles.slice(i, i + 500)
      await db.transaction('rw', db.articles, db.articleDocs, async () => {
        await db.articles.bulkAdd(chunk.map((a, j) => row(a, i + j)))
        await db.articleDocs.bulkAdd(chunk.map((a) => ({ id: a.id, body: a.body })))
      })
    }
    const ms = performance.now() - t0
    // From here the page holds what the app's page would: no bodies (edits read them from the store).
    articles = articles.map((a) => ({ ...a, body: { type: 'doc', content: [] } }))
    return { ms }
  },

  async startWorker() {
    const t0 = performance.now()
    worker?.terminate()
    status = { state: 'starting', indexed: 0, total: 0 }
    worker = new Worker('searchWorker.js', { type: 'module' })
    worker.onmessage = (event: MessageEvent<SearchReply>) => {
      const reply = event.data
      if (reply.kind === 'status') {
        status = reply.status
        for (const w of statusWaiters.splice(0)) w(status)
        return
      }
      pending.get(reply.id)?.(reply)
      pending.delete(reply.id)
    }
    // Wired as the app's search client does: saved edits with the article, other writes as ids.
    stopWatching?.()
    const stopSaved = onArticleSaved((row, body) => worker?.postMessage({ kind: 'saved', row, body } satisfies SearchRequest))
    const stopMutated = watchStoreChanges(db.name, (change) =>
      worker?.postMessage({ kind: 'changed', articles: change.articles, entities: change.entities } satisfies SearchRequest)
    )
    stopWatching = () => {
      stopSaved()
      stopMutated()
    }
    const ready = await waitStatus((s) => s.state === 'ready' || s.state === 'failed')
    if (ready.state === 'failed') throw new Error(ready.error)
    return { readyMs: performance.now() - t0, status: ready }
  },

  async flush() {
    const t0 = performance.now()
    await call<IndexStatus>({ kind: 'flush' })
    return { ms: performance.now() - t0 }
  },

  async type(queries) {
    const roundTrip: number[] = []
    const inWorker: number[] = []
    const snippets: number[] = []
    const typedList: string[] = []
    const results: Record<string, number> = {}
    for (const query of queries) {
      for (let n = 1; n <= query.length; n++) {
        const typed = query.slice(0, n)
        // What the library pane does not ask the index (a lone quote mark, "status:" before its value): not a search.
        const parsed = parseQuery(typed)
        if (isEmptyQuery(parsed) && parsed.problems.length === 0) continue
        const t0 = performance.now()
        // As the library pane does: the search, then the previews the answer lacked for the rows in view.
        const answer = await call<SearchReplyValue>({ kind: 'search', params: { query: typed, sort: 'relevance', previews: SHOWN }, table: idTable.state() })
        const ids = idTable.read(answer)
        roundTrip.push(performance.now() - t0)
        inWorker.push(answer.elapsedMs)
        const have = new Set(answer.previews.map((p) => p.id))
        const missing = ids.slice(0, SHOWN).filter((id) => !have.has(id))
        if (missing.length) await call<HitPreview[]>({ kind: 'previews', ids: missing, terms: answer.terms, phrases: answer.phrases })
        snippets.push(performance.now() - t0)
        typedList.push(typed)
        if (n === query.length) results[query] = ids.length
      }
    }
    return { roundTrip, inWorker, snippets, typed: typedList, results }
  },

  async scan(queries) {
    const ms: number[] = []
    const results: Record<string, number> = {}
    let id = 1
    for (const query of queries) {
      for (let n = 1; n <= query.length; n++) {
        const parsed = parseQuery(query.slice(0, n))
        if (isEmptyQuery(parsed) && parsed.problems.length === 0) continue
        const t0 = performance.now()
        const ids = await new Promise<string[]>((resolve) => {
          scanWorker!.onmessage = (e: MessageEvent<{ ids: string[] }>) => resolve(e.data.ids)
          scanWorker!.postMessage({ kind: 'search', id: id++, query: query.slice(0, n) } satisfies ScanRequest)
        })
        ms.push(performance.now() - t0)
        if (n === query.length) results[query] = ids.length
      }
    }
    return { ms, results }
  },

  async edit(runs) {
    const update: number[] = []
    const index: number[] = []
    const searchable: number[] = []
    for (let i = 0; i < runs; i++) {
      const article = articles[(i * 997) % articles.length]!
      const word = `zanzibarite${i}`
      const doc = (await db.articleDocs.get(article.id))!
      const body = { ...doc.body, content: [...doc.body.content, { type: 'paragraph', content: [{ type: 'text', text: `A late line about ${word}.` }] }] }
      const before = status.updates ?? 0
      const t0 = performance.now()
      await saveArticleBody(article.id, article.headline, body)
      const applied = await waitStatus((s) => (s.updates ?? 0) > before)
      const answer = await call<SearchReplyValue>({ kind: 'search', params: { query: word, sort: 'relevance', previews: SHOWN }, table: idTable.state() })
      if (!idTable.read(answer).includes(article.id)) throw new Error(`edit ${i} not found by search`)
      searchable.push(performance.now() - t0)
      update.push(applied.lastUpdateMs ?? NaN)
      index.push(applied.lastIndexMs ?? NaN)
      await new Promise((r) => setTimeout(r, 50))
    }
    return { update, index, searchable }
  },

  async heap() {
    const measure = async (): Promise<number> => {
      for (let i = 0; i < 3; i++) {
        window.gc?.()
        await new Promise((r) => setTimeout(r, 50))
      }
      return performance.memory?.usedJSHeapSize ?? NaN
    }
    const before = await measure()
    const built = SearchIndex.create()
    for (let i = 0; i < articles.length; i += 500) {
      const ids = articles.slice(i, i + 500).map((a) => a.id)
      const [rows, docs] = await Promise.all([db.articles.bulkGet(ids), db.articleDocs.bulkGet(ids)])
      rows.forEach((r, j) => built.put(buildSearchEntry(toArticle(r!, docs[j]!.body)), 'v'))
    }
    const after = await measure()
    const snapshot = built.snapshot()
    const snapshotBytes =
      snapshot.postings.postings.byteLength +
      snapshot.postings.offsets.byteLength +
      snapshot.postings.lengths.byteLength +
      snapshot.postings.terms.length * 2 +
      JSON.stringify({ facets: snapshot.facets, versions: snapshot.versions, ids: snapshot.postings.ids, vocabulary: snapshot.vocabulary }).length
    const sequences = snapshot.words.reduce((n, w) => n + w.byteLength, 0)
    return { indexBytes: after - before, snapshotBytes: snapshotBytes + sequences, sequenceBytes: sequences, terms: built.termCount, postings: built.postingCount }
  }
}
