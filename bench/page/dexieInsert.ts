/**
 * The IndexedDB bench page (bundled by esbuild, run on a file:// page in headless Chromium):
 * 10,000 library rows and their documents, as the app stores them, inserted in one
 * transaction — with the app's Dexie schema (CopydeskDB), and with raw IndexedDB on the same
 * object stores and indexes as the baseline. The rows arrive ready-made in `window.__benchData`
 * (data.js, written by bench/dexieBench.ts), so generating them is not timed.
 */
import { Dexie } from 'dexie'
import type { ArticleDocRow } from '../../src/renderer/src/db/CopydeskDB'
import { CopydeskDB, SCHEMA_V2 } from '../../src/renderer/src/db/CopydeskDB'
import type { ArticleRow } from '../../src/renderer/src/db/ArticleRow'

/** What window.__bench offers bench/dexieBench.ts (which restates it: the two are checked by different tsconfigs). */
export interface BenchPage {
  /** ms for the Dexie transaction (bulkAdd rows + docs), from its start to its commit. */
  insertWithDexie(): Promise<number>
  /** ms for the raw IndexedDB transaction (put rows + docs), from its start to `complete`. */
  insertRaw(): Promise<number>
}

declare global {
  interface Window {
    __bench: BenchPage
    __benchData: { rows: ArticleRow[]; docs: ArticleDocRow[] }
  }
}

const DEXIE_DB = 'bench-dexie'
const RAW_DB = 'bench-raw'

const { rows, docs } = window.__benchData

function request<T>(req: IDBRequest<T> | IDBOpenDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T)
    req.onerror = () => reject(req.error)
  })
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name)
    req.onsuccess = () => resolve()
    req.onerror = () => reject(req.error)
    req.onblocked = () => reject(new Error(`deleting ${name} is blocked by an open connection`))
  })
}

/** The app's v2 schema in raw IndexedDB: same stores, key paths and indexes as Dexie creates from SCHEMA_V2. */
function openRaw(): Promise<IDBDatabase> {
  const req = indexedDB.open(RAW_DB, 1)
  req.onupgradeneeded = () => {
    const db = req.result
    for (const [store, spec] of Object.entries(SCHEMA_V2)) {
      const [primary, ...indexes] = spec.split(',').map((s) => s.trim())
      const auto = primary!.startsWith('++')
      const os = db.createObjectStore(store, { keyPath: primary!.replace(/^\+\+/, ''), autoIncrement: auto })
      for (const index of indexes) {
        const keyPath = index.startsWith('[') ? index.slice(1, -1).split('+') : index
        os.createIndex(index, keyPath)
      }
    }
  }
  return request(req)
}

async function countRows(db: IDBDatabase, store: string): Promise<number> {
  return request(db.transaction(store, 'readonly').objectStore(store).count())
}

window.__bench = {
  async insertWithDexie() {
    await Dexie.delete(DEXIE_DB)
    const db = new CopydeskDB(DEXIE_DB)
    await db.open()
    const t = performance.now()
    await db.transaction('rw', [db.articles, db.articleDocs], async () => {
      await db.articles.bulkAdd(rows)
      await db.articleDocs.bulkAdd(docs)
    })
    const ms = performance.now() - t
    const [a, d] = [await db.articles.count(), await db.articleDocs.count()]
    db.close()
    if (a !== rows.length || d !== docs.length) throw new Error(`Dexie stored ${a} rows and ${d} docs`)
    return ms
  },

  async insertRaw() {
    await deleteDatabase(RAW_DB)
    const db = await openRaw()
    const t = performance.now()
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['articles', 'articleDocs'], 'readwrite')
      const articles = tx.objectStore('articles')
      const articleDocs = tx.objectStore('articleDocs')
      for (const row of rows) articles.put(row)
      for (const doc of docs) articleDocs.put(doc)
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
      tx.onabort = () => reject(tx.error ?? new Error('aborted'))
    })
    const ms = performance.now() - t
    const [a, d] = [await countRows(db, 'articles'), await countRows(db, 'articleDocs')]
    db.close()
    if (a !== rows.length || d !== docs.length) throw new Error(`raw IndexedDB stored ${a} rows and ${d} docs`)
    return ms
  }
}
