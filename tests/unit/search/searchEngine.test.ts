import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Article } from '../../../src/core/model/Article'
import type { ArticleRow } from '../../../src/renderer/src/db/ArticleRow'
import { CopydeskDB } from '../../../src/renderer/src/db/CopydeskDB'
import { SearchDB } from '../../../src/renderer/src/search/SearchDB'
import { IdTable } from '../../../src/renderer/src/search/IdTable'
import { SearchEngine } from '../../../src/renderer/src/search/SearchEngine'
import type { IndexStatus } from '../../../src/renderer/src/search/searchProtocol'
import { watchStoreChanges } from '../../../src/renderer/src/search/watchStoreChanges'
import { article, doc, entity, p, quote } from '../checks/helpers/doc'

const STORE = 'copydesk-engine-test'
const OWN = 'copydesk-search-engine-test'

const ARTICLES: Article[] = [
  article(doc(p(['Dmitry Peskov', entity('dmitry-peskov')], ' said: ', ['“Russia has really supported Iran.”', quote('q1', { speakerId: 'dmitry-peskov' })])), {
    id: 'a1',
    headline: 'Kremlin backs Tehran',
    status: 'ready'
  }),
  article(doc(p('Dock workers in Tindal walked out on Monday.')), { id: 'a2', headline: 'Harbour strike spreads', updatedAt: '2025-03-05T00:00:00.000Z' })
]

function row(a: Article): ArticleRow {
  const { body: _body, ...meta } = a
  return { ...meta, file: `articles/${a.slug}.md`, fileHash: `h-${a.id}`, wordCount: 0, trashed: 0 }
}

let store: CopydeskDB
let opened: { engine?: SearchEngine; db: SearchDB }[] = []

beforeEach(async () => {
  table = new IdTable()
  store = new CopydeskDB(STORE)
  await store.articles.bulkAdd(ARTICLES.map(row))
  await store.articleDocs.bulkAdd(ARTICLES.map((a) => ({ id: a.id, body: a.body })))
  await store.entities.add({ id: 'dmitry-peskov', type: 'person', name: 'Dmitry Peskov', aliases: [], keys: ['dmitry', 'peskov'], fileHash: null })
})

afterEach(async () => {
  for (const o of opened) {
    o.engine?.dispose()
    o.db.close()
  }
  opened = []
  store.close()
  await Dexie.delete(STORE)
  await Dexie.delete(OWN)
  vi.restoreAllMocks()
})

function start(): { engine: SearchEngine; states: IndexStatus['state'][] } {
  const states: IndexStatus['state'][] = []
  const db = new SearchDB(OWN)
  const engine = new SearchEngine(store, db, (s) => states.push(s.state))
  opened.push({ engine, db })
  return { engine, states }
}

function ownDb(): SearchDB {
  const db = new SearchDB(OWN)
  opened.push({ db })
  return db
}

/** The page's copy of the engine's id table, as the search client keeps one. */
let table = new IdTable()
const ids = async (engine: SearchEngine, query: string): Promise<string[]> =>
  table.read(await engine.search({ query, sort: 'relevance', previews: 5 }, table.state()))

describe('SearchEngine', () => {
  it('builds the index from the store, answers with previews of what it has read, saves the index', async () => {
    const { engine, states } = start()
    await engine.ready
    expect(states).toContain('building')
    expect(states.at(-1)).toBe('ready')
    expect(await ids(engine, 'supports ')).toEqual(['a1'])
    expect(await ids(engine, 'speaker:peskov')).toEqual(['a1'])
    const answer = await engine.search({ query: 'walked ', sort: 'relevance', previews: 5 })
    expect(answer.terms).toEqual(['walk'])
    // Text not read yet is previewed on request, then kept at hand.
    const [preview] = await engine.previews(['a2'], answer.terms, answer.phrases)
    expect(preview!.snippet.text).toBe('Dock workers in Tindal walked out on Monday.')
    expect((await engine.search({ query: 'walked ', sort: 'relevance', previews: 5 })).previews).toHaveLength(1)
    await engine.flush()
    expect(await ownDb().snapshots.count()).toBe(1)
  })

  it('restores a saved index without rebuilding it, and catches up with changes made meanwhile', async () => {
    await start().engine.flush()
    await store.articleDocs.put({ id: 'a2', body: doc(p('Harbour pilots joined the strike.')) })
    await store.articles.update('a2', { updatedAt: '2025-03-06T00:00:00.000Z' })
    const { engine, states } = start()
    await engine.ready
    expect(states).not.toContain('building')
    expect(await ids(engine, 'pilots ')).toEqual(['a2'])
    expect(await ids(engine, 'walked ')).toEqual([])
  })

  it('rebuilds an index of another format, or a damaged one', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    await start().engine.flush()
    const own = ownDb()
    const saved = (await own.snapshots.get('main'))!
    await own.snapshots.put({ ...saved, format: 999 })
    let run = start()
    await run.engine.ready
    expect(run.states).toContain('building')
    expect(await ids(run.engine, 'supports ')).toEqual(['a1'])

    await own.snapshots.put({ ...saved, versions: ['only one'] })
    run = start()
    await run.engine.ready
    expect(run.states).toContain('building')
    expect(await ids(run.engine, 'supports ')).toEqual(['a1'])
  })

  it('indexes an edit handed over with the article, without reading the store', async () => {
    const { engine } = start()
    await engine.ready
    const edited = { ...row(ARTICLES[1]!), updatedAt: '2025-03-08T00:00:00.000Z' }
    engine.saved(edited, doc(p('Tug crews join the walkout.')))
    expect(await ids(engine, 'tug ')).toEqual(['a2'])
    // Its storagemutated notice comes next and finds nothing more to do.
    await store.articles.put(edited)
    await store.articleDocs.put({ id: 'a2', body: doc(p('Tug crews join the walkout.')) })
    engine.changed(['a2'], false)
    expect((await engine.flush()).updates).toBe(1)
  })

  it('follows edits, the trash and deletions', async () => {
    const { engine } = start()
    await engine.ready
    await store.articleDocs.put({ id: 'a2', body: doc(p('Ferry crews accept the offer.')) })
    await store.articles.update('a2', { updatedAt: '2025-03-07T00:00:00.000Z' })
    engine.changed(['a2'], false)
    await engine.flush()
    expect(await ids(engine, 'ferry ')).toEqual(['a2'])
    await store.articles.update('a2', { trashed: 1 })
    engine.changed(['a2'], false)
    await engine.flush()
    expect(await ids(engine, 'ferry ')).toEqual([])
    await store.articles.delete('a1')
    engine.changed('all', false)
    await engine.flush()
    expect(await ids(engine, 'supports ')).toEqual([])
  })
})

describe('SearchEngine id table', () => {
  it('sends the page the id table once, then only what it lacks: a slot per edit, all again when the slots are renumbered', async () => {
    const { engine } = start()
    await engine.ready
    const ask = (query: string) => engine.search({ query, sort: 'relevance', previews: 0 }, table.state())
    const first = await ask('supports ')
    expect(first.table).toMatchObject({ from: 0, to: 2 })
    expect(table.read(first)).toEqual(['a1'])
    const again = await ask('walked ')
    expect(again.table).toMatchObject({ from: 2, to: 2, ids: '' })
    expect(table.read(again)).toEqual(['a2'])
    engine.saved({ ...row(ARTICLES[1]!), updatedAt: '2025-03-08T00:00:00.000Z' }, doc(p('Tug crews join the walkout.')))
    const edited = await ask('tug ')
    expect(edited.table).toMatchObject({ from: 2, to: 3, ids: 'a2' })
    expect(table.read(edited)).toEqual(['a2'])
    // Saving compacts the index: a new numbering, a new table.
    await engine.flush()
    const saved = await ask('tug ')
    expect(saved.table.epoch).not.toBe(first.table.epoch)
    expect(saved.table).toMatchObject({ from: 0, to: 2 })
    expect(table.read(saved)).toEqual(['a2'])
    expect(await ids(engine, 'supports ')).toEqual(['a1'])
  })
})

describe('watchStoreChanges', () => {
  it('reports the articles a committed write touched, and registry changes', async () => {
    const seen: unknown[] = []
    const stop = watchStoreChanges(STORE, (change) => seen.push(change))
    await store.articles.update('a1', { headline: 'Kremlin backs Iran' })
    await store.transaction('rw', store.articles, store.articleDocs, async () => {
      await store.articles.update('a2', { status: 'ready' })
      await store.articleDocs.put({ id: 'a2', body: doc(p('New text.')) })
    })
    await store.entities.update('dmitry-peskov', { aliases: ['the Kremlin spokesman'] })
    stop()
    await store.articles.update('a1', { headline: 'Unwatched' })
    expect(seen).toEqual([
      { articles: ['a1'], entities: false },
      { articles: ['a2'], entities: false },
      { articles: [], entities: true }
    ])
  })
})
