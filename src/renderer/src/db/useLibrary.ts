import { useEffect, useState } from 'react'
import { Dexie, type ObservabilitySet } from 'dexie'
import { useLiveQuery } from 'dexie-react-hooks'
import type { ArticleRow } from './ArticleRow'
import { db } from './db'

export type LibraryView = 'live' | 'trash'

// Opening a big store takes a while: started as the app's scripts load, it overlaps React's
// first render instead of following it (the library's first read would open it only then).
if (typeof window !== 'undefined' && typeof indexedDB !== 'undefined') db.open().catch(() => {})

/** Rows read with the first ids, enough for a first screen of the list. */
export const HEAD_ROWS = 40

/** The view's rows in the [trashed+updatedAt] index (oldest first). */
function inView(view: LibraryView) {
  const flag = view === 'trash' ? 1 : 0
  return db.articles.where('[trashed+updatedAt]').between([flag, ''], [flag, '\uffff'])
}

/**
 * The ids of the library (newest first), or of the trash. Keys only, read forwards in one
 * request (IndexedDB getAllKeys) and reversed here: the same order as the index read backwards.
 */
export async function libraryIds(view: LibraryView): Promise<string[]> {
  return ((await inView(view).primaryKeys()) as string[]).reverse()
}

/** The newest `n` rows of the view, newest first. */
export function libraryHead(view: LibraryView, n = HEAD_ROWS): Promise<ArticleRow[]> {
  return inView(view).reverse().limit(n).toArray()
}

/**
 * Whether a committed write (Dexie's storagemutated parts) can change which articles a view
 * lists or their order: an article added, deleted or written without its old version known
 * (`:dels`), or a change to the [trashed+updatedAt] index (trashed or restored, updatedAt
 * moved). A write that leaves those alone (the sync recording a fileHash, a headline typed
 * without a save yet) does not.
 */
export function changesLibraryList(parts: ObservabilitySet, dbName = db.name): boolean {
  const prefix = `idb://${dbName}/articles/`
  // Every write names these parts; a range set without `from` is empty (nothing of that kind changed).
  const touched = (part: string): boolean => parts[part] !== undefined && 'from' in parts[part]
  return 'all' in parts || touched(`${prefix}[trashed+updatedAt]`) || touched(`${prefix}:dels`)
}

export interface LibraryList {
  /** Ids newest first: every one once `complete`, only the first HEAD_ROWS before that. */
  ids: string[]
  complete: boolean
  /**
   * The rows read with the first ids, for the first screen before the rows on screen are read
   * (useArticleRows). Not kept up to date.
   */
  head: ReadonlyMap<string, ArticleRow>
}

/**
 * Follows the list of a view: the first rows at once (so a first screen needs no more), then
 * every id, read again (keys only, never the rows) after each write that changes the list.
 * Reads never overlap; writes during one make one more. Returns the stop function.
 */
export function watchLibrary(view: LibraryView, onList: (list: LibraryList) => void, onError: (error: unknown) => void): () => void {
  let stopped = false
  let reading = false
  let again = false
  let head: ReadonlyMap<string, ArticleRow> = new Map()
  const readAll = async (): Promise<void> => {
    if (reading) {
      again = true
      return
    }
    reading = true
    try {
      do {
        again = false
        const ids = await libraryIds(view)
        if (!stopped) onList({ ids, complete: true, head })
      } while (again && !stopped)
    } catch (error) {
      if (!stopped) onError(error)
    } finally {
      reading = false
    }
  }
  const onChange = (parts: ObservabilitySet): void => {
    if (!stopped && changesLibraryList(parts)) void readAll()
  }
  Dexie.on('storagemutated', onChange)
  reading = true
  libraryHead(view).then(
    (rows) => {
      reading = false
      if (stopped) return
      head = new Map(rows.map((r) => [r.id, r]))
      if (rows.length < HEAD_ROWS && !again) return onList({ ids: rows.map((r) => r.id), complete: true, head })
      onList({ ids: rows.map((r) => r.id), complete: false, head })
      void readAll()
    },
    (error: unknown) => {
      reading = false
      if (!stopped) onError(error)
    }
  )
  return () => {
    stopped = true
    Dexie.on('storagemutated').unsubscribe(onChange)
  }
}

/**
 * The live list of the library or the trash (newest first); undefined while loading. The list
 * is ids, read again only when a write changes it; the rows themselves are read for what is on
 * screen only (useArticleRows). The last view's list stays until the new one is read.
 */
export function useLibraryList(view: LibraryView): LibraryList | undefined {
  const [list, setList] = useState<LibraryList>()
  useEffect(
    () =>
      watchLibrary(view, setList, (error) => {
        console.error('Reading the library failed:', error)
      }),
    [view]
  )
  return list
}

export type Headline = Pick<ArticleRow, 'id' | 'headline' | 'slug'>

/** Headline and slug of every article of the view, newest first. Reads every row of the view. */
export async function libraryHeadlines(view: LibraryView): Promise<Headline[]> {
  const rows = await inView(view).toArray()
  const out: Headline[] = []
  for (let i = rows.length - 1; i >= 0; i--) {
    const { id, headline, slug } = rows[i]!
    out.push({ id, headline, slug })
  }
  return out
}

/** Ids of the articles whose headline or slug contains `text` (case-insensitive), in the order given. */
export function filterHeadlines(list: readonly Headline[], text: string): string[] {
  const q = text.trim().toLocaleLowerCase()
  if (!q) return list.map((h) => h.id)
  return list.filter((h) => h.headline.toLocaleLowerCase().includes(q) || h.slug.includes(q)).map((h) => h.id)
}

/**
 * Live headlines of the view (newest first) while `enabled` (a headline filter is typed: the
 * trash's, and the library's until the search index answers); null when not enabled, which
 * reads nothing. Typing filters the list in memory; a write to any article reads it again.
 */
export function useLibraryHeadlines(view: LibraryView, enabled: boolean): Headline[] | null | undefined {
  return useLiveQuery(() => (enabled ? libraryHeadlines(view) : null), [view, enabled])
}

/** The rows of `ids` (absent ones left out), and which ids they were read for. */
export interface RowsById {
  key: string
  rows: ReadonlyMap<string, ArticleRow>
}

const NO_ROWS: RowsById = { key: '', rows: new Map() }

export async function articleRows(ids: readonly string[]): Promise<RowsById> {
  const found = await db.articles.bulkGet([...ids])
  const rows = new Map<string, ArticleRow>()
  for (const row of found) if (row) rows.set(row.id, row)
  return { key: ids.join('\n'), rows }
}

/**
 * Live rows of a few ids (the part of a list on screen): a write to one of them reads them
 * again, a write to any other row does not. When the ids change, the rows read for the last
 * ones stay until the new ones are in (`key` tells which ids they were read for), so a scroll
 * does not blank rows already known.
 */
export function useArticleRows(ids: readonly string[]): RowsById {
  const key = ids.join('\n')
  // `key` stands for the ids: a new array of the same ids is the same query.
  return useLiveQuery(() => articleRows(ids), [key]) ?? NO_ROWS
}
