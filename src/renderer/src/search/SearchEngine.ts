import type { DocJSON } from '../../../core/model/DocJSON'
import { buildSearchDoc, buildSearchEntry } from '../../../core/search/buildSearchEntry'
import { matchEntityIds, type NamedEntity } from '../../../core/search/matchEntityIds'
import { parseQuery } from '../../../core/search/parseQuery'
import { previewHit, type HitPreview } from '../../../core/search/previewHit'
import type { SearchDoc } from '../../../core/search/SearchDoc'
import { SearchIndex } from '../../../core/search/SearchIndex'
import type { ArticleRow } from '../db/ArticleRow'
import type { ArticleDocRow, CopydeskDB } from '../db/CopydeskDB'
import { toArticle } from '../db/toArticle'
import { articleVersion } from './articleVersion'
import type { SearchDB } from './SearchDB'
import type { IdTableDelta, IdTableState, IndexStatus, SearchParams, SearchReplyValue } from './searchProtocol'
import { TextCache } from './TextCache'

/** Articles read from the store per step while building: small enough to answer searches in between. */
const BATCH = 250
/**
 * Index changes are saved this long after the last one: saving 10,000 articles holds the worker
 * for a moment, and a change lost to a crash is only read again at the next start.
 */
const PERSIST_DELAY_MS = 15_000

/** How long a bulk change waits for the next before the index reads the whole store again. */
const ALL_CHANGED_PAUSE_MS = 300

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * The library's search index at work: restored from its own database (or built from the store
 * when missing, of another format or damaged), kept in step with the store as articles change,
 * persisted after changes, asked searches. Runs in the search worker (or, where workers cannot
 * start, on the page).
 */
export class SearchEngine {
  private index: SearchIndex = SearchIndex.create()
  private status: IndexStatus = { state: 'starting', indexed: 0, total: 0 }
  private readonly texts = new TextCache()
  private entities: NamedEntity[] | null = null
  /** Filter values (speaker:…, entity:…) resolved against the registry `resolvedFor`. */
  private readonly resolvedNames = new Map<string, Set<string>>()
  private resolvedFor: readonly NamedEntity[] | null = null
  /** Names this engine's id tables apart from another's (a worker started again, the page's fallback). */
  private readonly uid = Math.random().toString(36).slice(2, 10)
  /** Bumped whenever `index` is another index (restored): its slots are numbered afresh. */
  private indexNo = 0
  private readonly pending = new Set<string>()
  private pendingAll = false
  private processing: Promise<void> | null = null
  private dirty = false
  private persistTimer: ReturnType<typeof setTimeout> | undefined
  /** Resolves once there is an index to ask (restored, or being built). */
  private readonly loaded: Promise<void>
  /** Resolves once the index has caught up with the store. */
  readonly ready: Promise<void>

  constructor(
    private readonly store: CopydeskDB,
    private readonly own: SearchDB,
    private readonly onStatus: (status: IndexStatus) => void = () => {}
  ) {
    let markLoaded!: () => void
    this.loaded = new Promise((resolve) => (markLoaded = resolve))
    this.ready = this.start(markLoaded).catch((error: unknown) => {
      markLoaded()
      this.setStatus({ ...this.status, state: 'failed', error: error instanceof Error ? error.message : String(error) })
    })
  }

  private setStatus(status: IndexStatus): void {
    this.status = status
    this.onStatus(status)
  }

  private async start(markLoaded: () => void): Promise<void> {
    this.setStatus({ state: 'loading', indexed: 0, total: 0 })
    let restored: SearchIndex | null = null
    try {
      const row = await this.own.snapshots.get('main')
      if (row) restored = SearchIndex.fromSnapshot(row)
    } catch (error) {
      // Of another format or damaged: built again from the store, which always has everything.
      console.warn(`Search index rebuilt: ${error instanceof Error ? error.message : String(error)}`)
      await this.own.snapshots.clear().catch(() => {})
    }
    if (restored) {
      this.index = restored
      this.indexNo++
    }
    markLoaded()
    const changed = await this.syncAll(!restored)
    this.index.prepare()
    this.setStatus({ state: 'ready', indexed: this.index.size, total: this.index.size })
    if (changed > 0) await this.persist()
    this.scheduleChanges()
  }

  /** Brings the index in step with the whole store: new and changed articles indexed, deleted ones removed. */
  private async syncAll(building: boolean): Promise<number> {
    const rows = await this.store.articles.toArray()
    const live = new Set(rows.map((r) => r.id))
    const stale = rows.filter((r) => this.index.version(r.id) !== articleVersion(r))
    let removed = 0
    for (const [id] of [...this.index.versions()]) {
      if (!live.has(id)) {
        this.index.remove(id)
        removed++
      }
    }
    const state = building ? 'building' : this.status.state === 'ready' ? 'ready' : 'loading'
    for (let i = 0; i < stale.length; i += BATCH) {
      this.setStatus({ state, indexed: rows.length - stale.length + i, total: rows.length })
      await this.indexRows(stale.slice(i, i + BATCH))
      await nextTask() // searches asked meanwhile are answered from what is indexed so far
    }
    if (stale.length + removed > 0) this.dirty = true
    return stale.length + removed
  }

  /** Reads the articles' bodies (unless given) and (re)indexes them; returns the ms spent indexing (not reading). */
  private async indexRows(rows: ArticleRow[], given?: (ArticleDocRow | undefined)[]): Promise<number> {
    const docs = given ?? (await this.store.articleDocs.bulkGet(rows.map((r) => r.id)))
    const started = performance.now()
    rows.forEach((row, i) => {
      const body = docs[i]?.body
      this.texts.delete(row.id)
      if (!body) {
        this.index.remove(row.id)
        return
      }
      this.index.put(buildSearchEntry(toArticle(row, body), { trashed: row.trashed === 1 }), articleVersion(row))
    })
    return performance.now() - started
  }

  /** The store changed: these articles (or all), and perhaps the registry. Applied within a moment. */
  changed(articles: readonly string[] | 'all', entities: boolean): void {
    if (entities) this.entities = null
    if (articles === 'all') this.pendingAll = true
    else for (const id of articles) this.pending.add(id)
    this.scheduleChanges()
  }

  /**
   * An edit just stored, with the article in hand: indexed at once, without reading the store.
   * Its storagemutated notice follows and then finds the index up to date.
   */
  saved(row: ArticleRow, body: DocJSON): void {
    if (this.status.state !== 'ready') return this.changed([row.id], false)
    if (this.index.version(row.id) === articleVersion(row)) return
    const started = performance.now()
    this.texts.delete(row.id)
    this.index.put(buildSearchEntry(toArticle(row, body), { trashed: row.trashed === 1 }), articleVersion(row))
    const ms = performance.now() - started
    this.dirty = true
    const updates = (this.status.updates ?? 0) + 1
    this.setStatus({ ...this.status, indexed: this.index.size, total: this.index.size, updates, lastUpdateMs: ms, lastIndexMs: ms })
    this.schedulePersist()
  }

  private scheduleChanges(): void {
    if (this.processing || (!this.pendingAll && this.pending.size === 0)) return
    this.processing = this.applyChanges().finally(() => {
      this.processing = null
      this.scheduleChanges()
    })
  }

  private async applyChanges(): Promise<void> {
    await this.ready
    // Bulk writes (a folder read into the store 200 articles at a time) come in bursts: one pass for the burst.
    if (this.pendingAll) await new Promise((resolve) => setTimeout(resolve, ALL_CHANGED_PAUSE_MS))
    const started = performance.now()
    let indexMs = 0
    let changed = 0
    if (this.pendingAll) {
      this.pendingAll = false
      this.pending.clear()
      changed = await this.syncAll(false)
    } else {
      const ids = [...this.pending]
      this.pending.clear()
      // Header and body together: an edit changes both, and one round trip is half the wait.
      const [rows, docs] = await this.store.transaction('r', this.store.articles, this.store.articleDocs, () =>
        Promise.all([this.store.articles.bulkGet(ids), this.store.articleDocs.bulkGet(ids)])
      )
      const stale: ArticleRow[] = []
      const staleDocs: (ArticleDocRow | undefined)[] = []
      let removed = 0
      ids.forEach((id, i) => {
        const row = rows[i]
        if (!row) {
          if (this.index.version(id) !== undefined) {
            this.index.remove(id)
            removed++
          }
          this.texts.delete(id)
        } else if (this.index.version(id) !== articleVersion(row)) {
          stale.push(row)
          staleDocs.push(docs[i])
        }
      })
      if (stale.length) indexMs = await this.indexRows(stale, staleDocs)
      changed = stale.length + removed
      if (changed) this.dirty = true
    }
    // Nothing new (the index had it already, from `saved`): nothing to tell.
    if (changed === 0) return
    const updates = (this.status.updates ?? 0) + 1
    const lastUpdateMs = performance.now() - started
    this.setStatus({ ...this.status, indexed: this.index.size, total: this.index.size, updates, lastUpdateMs, lastIndexMs: indexMs })
    this.schedulePersist()
  }

  private schedulePersist(): void {
    clearTimeout(this.persistTimer)
    this.persistTimer = setTimeout(() => void this.persist().catch((e: unknown) => console.warn('Search index not saved', e)), PERSIST_DELAY_MS)
  }

  private async persist(): Promise<void> {
    clearTimeout(this.persistTimer)
    if (!this.dirty) return
    this.dirty = false
    await this.own.snapshots.put({ key: 'main', savedAt: new Date().toISOString(), ...this.index.snapshot() })
  }

  /** Applies the changes waiting and saves the index now (tests, and before the page goes). */
  async flush(): Promise<IndexStatus> {
    await this.ready
    while (this.processing) await this.processing
    await this.persist()
    return this.status
  }

  /** Stops the scheduled save (the index stays usable; tests end with this). */
  dispose(): void {
    clearTimeout(this.persistTimer)
  }

  private async registry(): Promise<NamedEntity[]> {
    this.entities ??= (await this.store.entities.toArray()).map((e) => ({ id: e.id, name: e.name, aliases: e.aliases }))
    return this.entities
  }

  /** The searchable text of articles, from the cache or the store. */
  private async textsOf(ids: readonly string[]): Promise<Map<string, SearchDoc>> {
    const out = new Map<string, SearchDoc>()
    const missing: string[] = []
    for (const id of ids) {
      const doc = this.texts.get(id)
      if (doc) out.set(id, doc)
      else missing.push(id)
    }
    if (missing.length) {
      const [rows, docs] = await Promise.all([this.store.articles.bulkGet(missing), this.store.articleDocs.bulkGet(missing)])
      missing.forEach((id, i) => {
        const row = rows[i]
        const body = docs[i]?.body
        if (!row || !body) return
        const doc = buildSearchDoc(toArticle(row, body))
        this.texts.set(doc)
        out.set(id, doc)
      })
    }
    return out
  }

  /** The entity ids a speaker: or entity: value may mean (see matchEntityIds), worked out once per value. */
  private resolve(value: string, entities: readonly NamedEntity[]): Set<string> {
    if (this.resolvedFor !== entities || this.resolvedNames.size > 200) {
      this.resolvedNames.clear()
      this.resolvedFor = entities
    }
    let ids = this.resolvedNames.get(value)
    if (!ids) {
      ids = matchEntityIds(value, entities)
      this.resolvedNames.set(value, ids)
    }
    return ids
  }

  /** The id table's epoch: this engine, this index, this numbering of its slots. */
  private get epoch(): string {
    return `${this.uid}.${this.indexNo}.${this.index.layout}`
  }

  /** What the page's copy of the id table lacks (all of it, when of another epoch). */
  private tableDelta(known: IdTableState | undefined): IdTableDelta {
    const epoch = this.epoch
    const to = this.index.slotCount
    const from = known?.epoch === epoch ? Math.min(known.length, to) : 0
    const ids: string[] = new Array(to - from)
    for (let slot = from; slot < to; slot++) ids[slot - from] = this.index.idAt(slot)
    return { epoch, from, to, ids: ids.join('\n') }
  }

  /** A search; `known`: what the page holds of the id table, so the answer brings only what it lacks. */
  async search(params: SearchParams, known?: IdTableState): Promise<SearchReplyValue> {
    await this.loaded
    const started = performance.now()
    const query = parseQuery(params.query)
    const needsRegistry = query.filters.speakers.length + query.filters.entities.length > 0
    const entities = needsRegistry ? await this.registry() : []
    const resolved = {
      speakers: query.filters.speakers.map((v) => this.resolve(v, entities)),
      entities: query.filters.entities.map((v) => this.resolve(v, entities))
    }
    const { slots, plan } = this.index.searchSlots(query, resolved, params.sort)
    const terms = plan ? [...plan.highlight] : []
    // Previews of the first results whose text is at hand; the others are asked for separately,
    // so a search never waits for the store.
    const match = { terms: new Set(terms), phrases: query.phrases }
    const previews: HitPreview[] = []
    for (let i = 0; i < Math.min(params.previews, slots.length); i++) {
      const doc = this.texts.get(this.index.idAt(slots[i]!))
      if (doc) previews.push(previewHit(doc, match, this.index.reader))
    }
    const table = this.tableDelta(known)
    return { slots, table, previews, terms, phrases: query.phrases, problems: query.problems, elapsedMs: performance.now() - started, status: this.status }
  }

  /** Snippets for results further down the list, as they scroll into view. */
  async previews(ids: readonly string[], terms: readonly string[], phrases: string[][]): Promise<HitPreview[]> {
    await this.loaded
    return this.previewsOf(ids, terms, phrases)
  }

  private async previewsOf(ids: readonly string[], terms: readonly string[], phrases: string[][]): Promise<HitPreview[]> {
    if (ids.length === 0) return []
    const texts = await this.textsOf(ids)
    const match = { terms: new Set(terms), phrases }
    return ids.flatMap((id) => {
      const doc = texts.get(id)
      return doc ? [previewHit(doc, match, this.index.reader)] : []
    })
  }
}
