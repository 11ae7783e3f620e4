import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleRow } from '../../../src/renderer/src/db/ArticleRow'
import { db } from '../../../src/renderer/src/db/db'
import { markLibraryShown, whenLibraryShown } from '../../../src/renderer/src/db/libraryShown'
import {
  articleRows,
  changesLibraryList,
  filterHeadlines,
  HEAD_ROWS,
  libraryHeadlines,
  libraryIds,
  watchLibrary,
  type LibraryList
} from '../../../src/renderer/src/db/useLibrary'
import { listedIds, rowWindow } from '../../../src/renderer/src/features/library/listedIds'

const at = (i: number): string => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()

function row(i: number, over: Partial<ArticleRow> = {}): ArticleRow {
  return {
    id: `a${String(i).padStart(5, '0')}`,
    slug: `story-${i}`,
    headline: `Story number ${i}`,
    status: 'draft',
    createdAt: at(i),
    updatedAt: at(i),
    file: `articles/story-${i}.md`,
    fileHash: null,
    wordCount: 100,
    trashed: 0,
    ...over
  } as ArticleRow
}

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 30))

/** Follows a view and keeps every list it is given. */
function follow(view: 'live' | 'trash'): { lists: LibraryList[]; stop: () => void; errors: unknown[] } {
  const lists: LibraryList[] = []
  const errors: unknown[] = []
  const stop = watchLibrary(view, (l) => lists.push(l), (e) => errors.push(e))
  return { lists, stop, errors }
}

let stops: (() => void)[] = []
beforeEach(async () => {
  await db.articles.clear()
})
afterEach(() => {
  for (const stop of stops) stop()
  stops = []
})

describe('library list', () => {
  it('lists ids newest first, the trash apart, the same order as the index read backwards', async () => {
    // Two articles share an updatedAt: the index orders them by id, backwards here too.
    await db.articles.bulkPut([row(1), row(2), row(3, { trashed: 1 }), row(4), row(5, { updatedAt: at(4) })])
    expect(await libraryIds('live')).toEqual(['a00005', 'a00004', 'a00002', 'a00001'])
    const backwards = await db.articles.where('[trashed+updatedAt]').between([0, ''], [0, '\uffff']).reverse().primaryKeys()
    expect(await libraryIds('live')).toEqual(backwards)
    expect(await libraryIds('trash')).toEqual(['a00003'])
  })

  it('gives the first rows at once, then every id', async () => {
    const n = HEAD_ROWS + 25
    await db.articles.bulkPut(Array.from({ length: n }, (_, i) => row(i)))
    const f = follow('live')
    stops.push(f.stop)
    await settle()
    expect(f.errors).toEqual([])
    expect(f.lists.map((l) => [l.ids.length, l.complete])).toEqual([
      [HEAD_ROWS, false],
      [n, true]
    ])
    expect(f.lists[0]!.ids).toEqual(f.lists[1]!.ids.slice(0, HEAD_ROWS))
    expect(f.lists[0]!.head.get(f.lists[0]!.ids[0]!)?.headline).toBe(`Story number ${n - 1}`)
  })

  it('a short list is complete with its first read', async () => {
    await db.articles.bulkPut([row(1), row(2)])
    const f = follow('live')
    stops.push(f.stop)
    await settle()
    expect(f.lists.map((l) => [l.ids, l.complete])).toEqual([[['a00002', 'a00001'], true]])
  })

  it('reads the ids again when the list changes, and only then', async () => {
    await db.articles.bulkPut([row(1), row(2), row(3)])
    const f = follow('live')
    stops.push(f.stop)
    await settle()
    const reads = (): number => f.lists.length
    const last = (): string[] => f.lists.at(-1)!.ids
    expect(reads()).toBe(1)

    // The sync recording a file's hash, a headline or word count: the list is the same.
    await db.articles.update('a00002', { fileHash: 'sha-1', file: 'articles/story-2.md' })
    await db.articles.update('a00001', { headline: 'Renamed', wordCount: 7 })
    await settle()
    expect(reads()).toBe(1)

    // A save moves the article to the top.
    await db.articles.update('a00001', { updatedAt: at(10) })
    await settle()
    expect(last()).toEqual(['a00001', 'a00003', 'a00002'])

    // Added, trashed, written whole (the sync's put), deleted, cleared.
    await db.articles.add(row(11))
    await settle()
    expect(last()).toEqual(['a00011', 'a00001', 'a00003', 'a00002'])
    await db.articles.update('a00003', { trashed: 1 })
    await settle()
    expect(last()).toEqual(['a00011', 'a00001', 'a00002'])
    await db.articles.put(row(2, { updatedAt: at(20) }))
    await settle()
    expect(last()).toEqual(['a00002', 'a00011', 'a00001'])
    await db.articles.delete('a00011')
    await settle()
    expect(last()).toEqual(['a00002', 'a00001'])
    await db.articles.clear()
    await settle()
    expect(last()).toEqual([])
    expect(f.errors).toEqual([])
  })

  it('the trash follows trashing and restoring', async () => {
    await db.articles.bulkPut([row(1), row(2, { trashed: 1 })])
    const f = follow('trash')
    stops.push(f.stop)
    await settle()
    expect(f.lists.at(-1)!.ids).toEqual(['a00002'])
    await db.articles.update('a00001', { trashed: 1 })
    await settle()
    expect(f.lists.at(-1)!.ids).toEqual(['a00002', 'a00001'])
    await db.articles.bulkDelete(['a00001', 'a00002'])
    await settle()
    expect(f.lists.at(-1)!.ids).toEqual([])
  })

  it('says which writes can change a list', () => {
    const some = { d: 1, from: 'a', to: 'a' } as never
    const none = { d: 0 } as never
    const parts = (index: unknown, dels: unknown, db = 'copydesk'): Record<string, never> =>
      ({ [`idb://${db}/articles/`]: some, [`idb://${db}/articles/[trashed+updatedAt]`]: index, [`idb://${db}/articles/:dels`]: dels }) as never
    expect(changesLibraryList(parts(none, none), 'copydesk')).toBe(false)
    expect(changesLibraryList({ 'idb://copydesk/outbox/': some }, 'copydesk')).toBe(false)
    expect(changesLibraryList(parts(some, none), 'copydesk')).toBe(true)
    expect(changesLibraryList(parts(none, some), 'copydesk')).toBe(true)
    expect(changesLibraryList(parts(some, some, 'other'), 'copydesk')).toBe(false)
    expect(changesLibraryList({ all: some }, 'copydesk')).toBe(true)
  })

  it('reads the rows of a few ids, leaving out those gone', async () => {
    await db.articles.bulkPut([row(1), row(2)])
    const { key, rows } = await articleRows(['a00002', 'gone', 'a00001'])
    expect(key).toBe('a00002\ngone\na00001')
    expect([...rows.keys()]).toEqual(['a00002', 'a00001'])
  })

  it('filters headlines and slugs, newest first', async () => {
    await db.articles.bulkPut([row(1, { headline: 'Ferry crews strike' }), row(2, { headline: 'Port reopens', slug: 'ferry-port' }), row(3), row(4, { trashed: 1, headline: 'Ferry' })])
    const live = await libraryHeadlines('live')
    expect(live.map((h) => h.id)).toEqual(['a00003', 'a00002', 'a00001'])
    expect(filterHeadlines(live, '  FERRY ')).toEqual(['a00002', 'a00001'])
    expect(filterHeadlines(live, '')).toEqual(['a00003', 'a00002', 'a00001'])
    expect(filterHeadlines(await libraryHeadlines('trash'), 'ferry')).toEqual(['a00004'])
  })
})

describe('what the list shows', () => {
  it('search results still in the view, in their order; else the filter; else the view', () => {
    const view = ['c', 'b', 'a']
    expect(listedIds(view, { results: ['a', 'x', 'c'] })).toEqual(['a', 'c'])
    expect(listedIds(view, { results: [], filtered: ['b'] })).toEqual([])
    expect(listedIds(view, { filtered: ['b'] })).toEqual(['b'])
    expect(listedIds(view, { filtered: null })).toBe(view)
  })

  it('reads rows in whole pages around the rendered ones', () => {
    expect(rowWindow(0, 22, 16)).toEqual({ from: 0, to: 32 })
    expect(rowWindow(5, 30, 16)).toEqual({ from: 0, to: 32 })
    expect(rowWindow(17, 40, 16)).toEqual({ from: 16, to: 48 })
    expect(rowWindow(0, 0, 16)).toEqual({ from: 0, to: 0 })
  })
})

describe('the first sync run waits for the library', () => {
  it('gives up waiting after the timeout, and once shown goes at the next idle moment', async () => {
    let done = false
    void whenLibraryShown(20).then(() => (done = true))
    await new Promise((r) => setTimeout(r, 40))
    expect(done).toBe(true)
    let shown = false
    void whenLibraryShown(60_000).then(() => (shown = true))
    await settle()
    expect(shown).toBe(false)
    markLibraryShown()
    await settle()
    expect(shown).toBe(true)
  })
})
