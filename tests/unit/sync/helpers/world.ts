import type fc from 'fast-check'
import { splitFrontMatter } from '../../../../src/core/formats/markdown/splitFrontMatter'
import { readIdentity } from '../../../../src/core/sync/articleText'
import { MemoryBaseStore, MemoryFolder } from '../../../../src/core/sync/memory'
import { SyncAbort, type FolderPort } from '../../../../src/core/sync/ports'
import { SyncEngine, type SyncReport } from '../../../../src/core/sync/SyncEngine'
import { classifyPath } from '../../../../src/core/sync/syncPaths'
import { MemoryApp } from './MemoryApp'

const idCache = new Map<string, string | null>()
function idOf(text: string): string | null {
  let id = idCache.get(text)
  if (id === undefined) {
    const identity = readIdentity(text)
    id = identity.ok ? identity.id : null
    if (idCache.size > 5000) idCache.clear()
    idCache.set(text, id)
  }
  return id
}

/** Files above this are "huge" in the model (its articles are far smaller). */
export const MAX_TEST_FILE_BYTES = 4000

/** Counts of what the syncs did, over all runs (printed with SYNC_MODEL_STATS=1). */
export const STATS: Record<string, number> = {}

/** Every word anyone writes is a unique token, so "was anything lost" is a set question. */
const TOKEN = /tk\d+x/g
export const tokensOf = (text: string): string[] => text.match(TOKEN) ?? []

export type EditKind = 'append' | 'insert' | 'replace' | 'delete' | 'headline'

export type Op =
  | { t: 'push'; dev: number; crashAfter: number | null }
  | { t: 'appCreate'; dev: number; accent: boolean; shared: boolean }
  | { t: 'appEdit'; dev: number; pick: number; kind: EditKind; pos: number }
  | { t: 'appTrash'; dev: number; pick: number }
  | { t: 'appRestore'; dev: number; pick: number }
  | { t: 'appRename'; dev: number; pick: number; caseOnly: boolean }
  | { t: 'folderEdit'; pick: number; kind: EditKind; pos: number; crlf: boolean }
  | { t: 'folderCreate'; withId: boolean; accent: boolean }
  | { t: 'folderDelete'; pick: number }
  | { t: 'folderTrash'; pick: number }
  | { t: 'folderRestore'; pick: number }
  | { t: 'folderRename'; pick: number; variant: 'new' | 'case' | 'nfd' }
  | { t: 'folderCopy'; pick: number }
  | { t: 'folderToolConflict'; pick: number; tool: 'syncthing' | 'dropbox' }
  /** Leaves a file that the sync must report and leave alone until someone fixes it. */
  | { t: 'folderBreak'; pick: number; how: 'git' | 'latin1' | 'yaml' | 'huge' }
  | { t: 'folderFix'; pick: number }
  | { t: 'sync'; dev: number; crashAfter: number | null }
  | { t: 'concurrentSync'; crashAfter: number | null; ext: Op | null }
  | { t: 'wipeApp'; dev: number }
  | { t: 'wipeBase'; dev: number }
  | { t: 'unmount' }
  | { t: 'remount' }

/** A folder the model can both sync through (FolderPort) and change directly, as other tools do. */
export interface TestFolder extends FolderPort {
  reachable: boolean
  /** Writes left before a simulated crash between temp file and rename (null: none). */
  crashAfterWrites: number | null
  put(path: string, content: string | Uint8Array): void
  get(path: string): string | undefined
  remove(path: string): boolean
  rename(from: string, to: string): boolean
  sameFile(a: string, b: string): boolean
  paths(): string[]
  entries(): { path: string; text: string }[]
}

export type FolderFactory = (beforeOp: () => Promise<void>) => TestFolder

export interface Device {
  app: MemoryApp
  base: MemoryBaseStore
  engine: SyncEngine
}

/**
 * Two app instances (each with its store, its base state and its engine) sharing one
 * in-memory folder, plus the bookkeeping the invariants need: every token ever written, the
 * tokens someone removed on purpose, the article ids someone deleted on purpose.
 */
export class World {
  readonly folder: TestFolder
  readonly devices: Device[]
  readonly written = new Set<string>()
  readonly removed = new Set<string>()
  readonly everIds = new Set<string>()
  readonly deletedIds = new Set<string>()
  readonly log: string[] = []
  private counter = 0
  private clock = Date.UTC(2025, 5, 1, 12, 0, 0)
  concurrent = false
  /** Broken files (path → what is there now, and the text a person fixes it to). */
  readonly broken = new Map<string, { now: string; fixed: string }>()

  constructor(
    opts: { caseInsensitive: boolean; normalizationInsensitive: boolean; batch: number },
    private readonly scheduler: fc.Scheduler | null = null,
    makeFolder?: FolderFactory
  ) {
    const yieldPoint = async (): Promise<void> => {
      if (this.concurrent && this.scheduler) await this.scheduler.schedule(Promise.resolve(), 'op')
    }
    this.folder = makeFolder ? makeFolder(yieldPoint) : new MemoryFolder({ ...opts, maxReadBytes: MAX_TEST_FILE_BYTES, beforeOp: yieldPoint })
    this.devices = [0, 1].map((dev) => {
      const app = new MemoryApp(yieldPoint)
      const base = new MemoryBaseStore()
      let ids = 0
      const engine = new SyncEngine({
        folder: this.folder,
        base,
        app,
        newId: () => `N${dev}-${++ids}`,
        now: () => (this.clock += 1000),
        appBatchSize: opts.batch
      })
      return { app, base, engine }
    })
  }

  /** A fresh number for names (not a token: names are not text anyone wrote). */
  nextN(): number {
    return ++this.counter
  }

  token(): string {
    const t = `tk${++this.counter}x`
    this.written.add(t)
    return t
  }

  /**
   * Every text a person could still find: the apps' articles (trash and conflict copies too,
   * and revisions of synced versions replaced from the folder) and the folder's files (temp
   * files not).
   */
  union(): Set<string> {
    const all = new Set<string>()
    for (const d of this.devices) {
      for (const a of d.app.articles.values()) for (const text of [a.content, ...a.history]) for (const t of tokensOf(text)) all.add(t)
    }
    for (const f of this.folder.entries()) if (classifyPath(f.path)) for (const t of tokensOf(f.text)) all.add(t)
    return all
  }

  idsNow(): Set<string> {
    const ids = new Set<string>()
    for (const d of this.devices) for (const a of d.app.articles.keys()) ids.add(a)
    for (const f of this.folder.entries()) {
      if (!classifyPath(f.path)) continue
      const id = idOf(f.text)
      if (id) ids.add(id)
    }
    return ids
  }

  /** Tokens an edit removed from a text: removed on purpose. */
  edited(before: string, after: string): void {
    const kept = new Set(tokensOf(after))
    for (const t of tokensOf(before)) if (!kept.has(t)) this.removed.add(t)
  }

  /** Around an op that may destroy the only copy of something (a tool deleting a file, a wiped store). */
  destroying(fn: () => void): void {
    const before = this.union()
    const idsBefore = this.idsNow()
    fn()
    const after = this.union()
    for (const t of before) if (!after.has(t)) this.removed.add(t)
    const idsAfter = this.idsNow()
    for (const id of idsBefore) if (!idsAfter.has(id)) this.deletedIds.add(id)
  }

  /** A person deletes (or trashes) the article in this folder file. */
  deletedOnPurpose(path: string): void {
    const identity = readIdentity(this.folder.get(path) ?? '')
    if (identity.ok && identity.id) this.deletedIds.add(identity.id)
  }

  lostTokens(): string[] {
    const union = this.union()
    return [...this.written].filter((t) => !union.has(t) && !this.removed.has(t))
  }

  /** Tokens each article's folder file ever held (by id): what restoring an old copy reverts. */
  readonly folderTokensById = new Map<string, Set<string>>()

  notePresentIds(): void {
    for (const id of this.idsNow()) this.everIds.add(id)
    for (const f of this.folder.entries()) {
      if (!classifyPath(f.path)) continue
      const id = idOf(f.text)
      if (!id) continue
      let set = this.folderTokensById.get(id)
      if (!set) this.folderTokensById.set(id, (set = new Set()))
      for (const t of tokensOf(f.text)) set.add(t)
    }
  }

  /**
   * A person puts an old copy of an article back (from the trash): relative to what the folder
   * had since, that is an edit that reverts, so the words it takes out are removed on purpose.
   */
  reverting(text: string): void {
    const id = idOf(text)
    const kept = new Set(tokensOf(text))
    for (const t of (id && this.folderTokensById.get(id)) || []) if (!kept.has(t)) this.removed.add(t)
  }

  newArticle(id: string | null): string {
    return `---\n${id ? `id: ${id}\n` : ''}headline: ${this.token()}\n---\n${this.token()}\n`
  }

  /** Applies a person's edit to an article text (one paragraph per line, blank lines between). */
  editText(text: string, kind: EditKind, pos: number, crlf = false): string {
    const normalized = text.replace(/\r\n/g, '\n')
    const { yaml, body } = splitFrontMatter(normalized)
    let front = yaml === null ? null : yaml
    const paragraphs = body.split('\n').filter((l) => l.trim() !== '')
    const at = paragraphs.length ? pos % paragraphs.length : 0
    switch (kind) {
      case 'append':
        paragraphs.push(this.token())
        break
      case 'insert':
        paragraphs.splice(at, 0, this.token())
        break
      case 'replace':
        if (paragraphs.length) paragraphs[at] = this.token()
        else paragraphs.push(this.token())
        break
      case 'delete':
        paragraphs.splice(at, 1)
        break
      case 'headline':
        front = front === null ? `headline: ${this.token()}\n` : /^headline:.*$/m.test(front) ? front.replace(/^headline:.*$/m, `headline: ${this.token()}`) : `${front}headline: ${this.token()}\n`
        break
    }
    const out = `${front === null ? '' : `---\n${front}---\n`}${paragraphs.length ? `${paragraphs.join('\n\n')}\n` : ''}`
    return crlf ? out.replace(/\n/g, '\r\n') : out
  }

  /** Live article files, broken ones left out (people fix those before doing anything else with them). */
  liveFolderArticles(): string[] {
    return this.folder.paths().filter((p) => classifyPath(p)?.trashed === false && !this.broken.has(p))
  }

  breakFile(path: string, how: 'git' | 'latin1' | 'yaml' | 'huge'): void {
    const text = this.folder.get(path)
    if (text === undefined || this.broken.has(path)) return
    let fixed = text
    let bytes: string | Uint8Array
    if (how === 'git') {
      fixed = this.editText(text, 'append', 0)
      bytes = `<<<<<<< HEAD\n${text}=======\n${fixed}>>>>>>> theirs\n`
    } else if (how === 'latin1') {
      const utf8 = new TextEncoder().encode(text)
      bytes = new Uint8Array([...utf8, 0x63, 0x61, 0x66, 0xe9, 0x0a])
    } else if (how === 'yaml') {
      bytes = text.startsWith('---\n') ? text.replace('---\n', '---\nbroken: [oops\n') : `---\nbroken: [oops\n---\n${text}`
    } else {
      bytes = `${text}\n${this.token()} ${'x'.repeat(MAX_TEST_FILE_BYTES)}\n`
    }
    this.folder.put(path, bytes)
    this.broken.set(path, { now: this.folder.get(path)!, fixed })
  }

  /** Someone fixes a broken file (resolves the git conflict, saves as UTF-8, repairs the YAML, cuts it down). */
  fixFile(path: string): void {
    const b = this.broken.get(path)
    this.broken.delete(path)
    if (!b || this.folder.get(path) !== b.now) return
    this.edited(b.now, b.fixed)
    this.folder.put(path, b.fixed)
  }

  trashFolderArticles(): string[] {
    return this.folder.paths().filter((p) => classifyPath(p)?.trashed === true)
  }

  /** The app's fast path for its own edits (SyncEngine.push), applied like a run's updates. */
  async push(dev: number, crashAfter: number | null): Promise<void> {
    const d = this.devices[dev]!
    this.folder.crashAfterWrites = crashAfter
    try {
      const pending = (await d.app.snapshot()).filter((a) => a.pending)
      const { updates } = await d.engine.push(pending)
      await d.app.apply(updates)
      STATS.pushed = (STATS.pushed ?? 0) + updates.length
    } catch (error) {
      if (!(error instanceof SyncAbort)) throw error
      d.base.crash()
      STATS.crashed = (STATS.crashed ?? 0) + 1
    } finally {
      this.folder.crashAfterWrites = null
    }
  }

  async sync(dev: number, opts: { crashAfter?: number | null; confirm?: boolean } = {}): Promise<SyncReport | 'crashed'> {
    const d = this.devices[dev]!
    this.folder.crashAfterWrites = opts.crashAfter ?? null
    try {
      const report = await d.engine.run({ confirmDeletions: opts.confirm ?? false })
      count(report)
      return report
    } catch (error) {
      if (!(error instanceof SyncAbort)) throw error
      // The process died: what the base store had not flushed is gone; the app's store is durable.
      d.base.crash()
      STATS.crashed = (STATS.crashed ?? 0) + 1
      return 'crashed'
    } finally {
      this.folder.crashAfterWrites = null
    }
  }
}

/** Adds what one sync run did to STATS. */
export function count(report: SyncReport): void {
  const add = (key: string): void => {
    STATS[key] = (STATS[key] ?? 0) + 1
  }
  for (const a of report.applied) add(a.kind)
  for (const s of report.skipped) add(`skipped:${s.kind}`)
  for (const i of report.issues) add(`issue:${i.kind}`)
  if (report.status !== 'synced') add(`status:${report.status}:${report.pause?.reason ?? ''}`)
}
