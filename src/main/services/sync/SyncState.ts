import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { atomicWriteFile } from '../fs/atomicWriteFile'
import { errorCode } from '../fs/errorCode'
import type { Logger } from '../Logger'

/** What this device last wrote to or read from one workspace file, and the file's stat then. */
export interface SyncEntry {
  hash: string
  mtimeMs: number
  size: number
  /**
   * The article id in the file as last read or written (null: it has none); absent when not
   * recorded. Setting an entry without an id keeps the recorded one only if the hash is the same.
   */
  id?: string | null
}

const FORMAT = 'copydesk-sync-state'

type Workspaces = Map<string, Map<string, SyncEntry>>
/** Per workspace: hashes of recent earlier versions whose content the sync keeps (merge bases). */
type Recent = Map<string, string[]>

function isEntry(v: unknown): v is SyncEntry {
  if (typeof v !== 'object' || v === null) return false
  const e = v as Record<string, unknown>
  return (
    typeof e.hash === 'string' &&
    typeof e.mtimeMs === 'number' && Number.isFinite(e.mtimeMs) &&
    typeof e.size === 'number' && Number.isFinite(e.size) &&
    (e.id === undefined || e.id === null || typeof e.id === 'string')
  )
}

function copyEntry(e: SyncEntry): SyncEntry {
  return { hash: e.hash, mtimeMs: e.mtimeMs, size: e.size, ...(e.id !== undefined ? { id: e.id } : {}) }
}

function parse(text: string): { workspaces: Workspaces; recent: Recent } {
  const data: unknown = JSON.parse(text)
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== FORMAT) {
    throw new Error('not a Copydesk sync state file')
  }
  const workspaces: Workspaces = new Map()
  const raw = (data as { workspaces?: unknown }).workspaces
  if (typeof raw !== 'object' || raw === null) return { workspaces, recent: new Map() }
  for (const [root, files] of Object.entries(raw)) {
    if (typeof files !== 'object' || files === null) continue
    const map = new Map<string, SyncEntry>()
    for (const [file, entry] of Object.entries(files)) {
      // One bad entry costs only that entry: the file is hashed again on the next read.
      if (isEntry(entry)) map.set(file, copyEntry(entry))
    }
    workspaces.set(root, map)
  }
  const recent: Recent = new Map()
  const rawRecent = (data as { recent?: unknown }).recent
  if (typeof rawRecent === 'object' && rawRecent !== null) {
    for (const [root, hashes] of Object.entries(rawRecent)) {
      if (Array.isArray(hashes)) recent.set(root, hashes.filter((h): h is string => typeof h === 'string'))
    }
  }
  return { workspaces, recent }
}

/**
 * Per-device sync state: for each workspace root, workspace-relative file → the hash (and
 * stat) of the content this device last wrote or read. It lives in the app data folder, never
 * in the workspace: two devices syncing one folder each have their own.
 *
 * Changes are saved atomically after a short debounce (a burst of autosaves costs one write);
 * call flush() before the process exits. A corrupt or unreadable file is logged and the state
 * starts empty: it is a record that can be rebuilt by reading the workspace, never the only copy
 * of anything.
 */
export class SyncState {
  private dirty = false
  private timer: NodeJS.Timeout | undefined
  private saving: Promise<void> = Promise.resolve()

  private constructor(
    readonly filePath: string,
    private readonly workspaces: Workspaces,
    private readonly recent: Recent,
    private readonly debounceMs: number,
    private readonly log: Logger
  ) {}

  static async load(filePath: string, opts: { debounceMs?: number; log?: Logger } = {}): Promise<SyncState> {
    const log = opts.log ?? console
    let workspaces: Workspaces = new Map()
    let recent: Recent = new Map()
    try {
      ;({ workspaces, recent } = parse(await readFile(filePath, 'utf8')))
    } catch (err) {
      if (errorCode(err) !== 'ENOENT') {
        log.warn(`Sync state at ${filePath} could not be read; starting empty.`, err instanceof Error ? err.message : err)
      }
    }
    return new SyncState(filePath, workspaces, recent, opts.debounceMs ?? 500, log)
  }

  get(root: string, file: string): SyncEntry | undefined {
    return this.workspaces.get(resolve(root))?.get(file)
  }

  set(root: string, file: string, entry: SyncEntry): void {
    const key = resolve(root)
    let files = this.workspaces.get(key)
    if (!files) {
      files = new Map()
      this.workspaces.set(key, files)
    }
    const previous = files.get(file)
    const id = entry.id !== undefined ? entry.id : previous?.hash === entry.hash ? previous.id : undefined
    files.set(file, copyEntry({ ...entry, id }))
    this.changed()
  }

  /** Hashes of recent earlier versions of one workspace's files (kept by the sync's base store). */
  getRecent(root: string): string[] {
    return [...(this.recent.get(resolve(root)) ?? [])]
  }

  setRecent(root: string, hashes: readonly string[]): void {
    const key = resolve(root)
    const before = this.recent.get(key)
    // A rescan that changed nothing must not rewrite (and fsync) the whole state file.
    if (before && before.length === hashes.length && before.every((h, i) => h === hashes[i])) return
    this.recent.set(key, [...hashes])
    this.changed()
  }

  delete(root: string, file: string): void {
    if (this.workspaces.get(resolve(root))?.delete(file)) this.changed()
  }

  /** Moves an entry to a new name (trash, restore): the content, hence the hash, is unchanged. */
  rename(root: string, from: string, to: string): void {
    const entry = this.get(root, from)
    if (!entry) return
    this.delete(root, from)
    this.set(root, to, entry)
  }

  /** All entries of one workspace, for the sync planner and for tests. */
  entries(root: string): [string, SyncEntry][] {
    return [...(this.workspaces.get(resolve(root)) ?? new Map<string, SyncEntry>()).entries()]
  }

  /** Writes pending changes now; resolves when they are on disk. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer)
      this.timer = undefined
    }
    if (!this.dirty) return this.saving
    this.dirty = false
    const snapshot = this.serialize()
    // Saves run one after another so an older snapshot never lands after a newer one;
    // the queue itself never rejects, so one failed save does not block the next.
    const run = this.saving.then(() => atomicWriteFile(this.filePath, snapshot))
    this.saving = run.catch(() => undefined)
    return run.catch((err: unknown) => {
      this.dirty = true
      this.log.error(`Could not save sync state to ${this.filePath}`, err)
      throw err
    })
  }

  private changed(): void {
    this.dirty = true
    if (this.timer) return
    this.timer = setTimeout(() => {
      this.timer = undefined
      // A failed background save is logged in flush() and retried on the next change.
      this.flush().catch(() => undefined)
    }, this.debounceMs)
    // A pending save must not keep a CLI process alive; main flushes explicitly on quit.
    this.timer.unref?.()
  }

  private serialize(): string {
    const workspaces: Record<string, Record<string, SyncEntry>> = {}
    for (const [root, files] of this.workspaces) workspaces[root] = Object.fromEntries(files)
    const recent = Object.fromEntries(this.recent)
    return JSON.stringify({ format: FORMAT, version: 1, workspaces, ...(this.recent.size ? { recent } : {}) })
  }
}
