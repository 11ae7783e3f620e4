import { readFile } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { watch, type FSWatcher } from 'chokidar'
import { ulid } from 'ulid'
import type { AppArticle, AppPort, AppUpdate, FolderPort } from '../../../core/sync/ports'
import { SyncEngine, type PushResult, type RenameResult, type SyncProgress, type SyncReport } from '../../../core/sync/SyncEngine'
import type { Logger } from '../Logger'
import { sha256Hex } from '../fs/sha256Hex'
import { Mutex } from '../util/Mutex'
import { workspaceLayout } from '../workspace/workspaceLayout'
import { NodeBaseStore } from './NodeBaseStore'
import { NodeFolderPort } from './NodeFolderPort'
import type { SyncState } from './SyncState'

export interface WorkspaceSyncDeps {
  root: string
  state: SyncState
  /** The app's data folder: base versions are kept under `sync-base/<hash of the root>/`. */
  appDataDir: string
  onProgress?: (progress: SyncProgress) => void
  /** Called (debounced) with the workspace-relative paths a watcher saw change. */
  onHint?: (paths: string[]) => void
  log?: Logger
  hintDebounceMs?: number
}

const WATCHED = [workspaceLayout.articlesDir, workspaceLayout.trashArticlesDir, 'entities', 'sources']
/** Files the watcher reports: articles and registry entries (not temp files of atomic writes). */
const INTERESTING = /\.(md|ya?ml)$/i
/** A change the watcher reports this soon after the sync itself wrote that file is its own echo. */
const ECHO_MS = 3000

/**
 * The sync of one workspace folder, run by main: one SyncEngine (core/sync) over the real folder
 * (NodeFolderPort) and this device's base state (NodeBaseStore), with the renderer's store as
 * the app side. The renderer sends its articles with each run and applies the updates it gets
 * back, so the app port here only holds one run's snapshot and collects its updates; runs are
 * serialised. A chokidar watcher turns changes in the folder into hints; the renderer's runs
 * (on each hint, on focus, periodically) are what decide.
 */
export class WorkspaceSync {
  readonly root: string
  private readonly engine: SyncEngine
  private readonly mutex = new Mutex()
  private current: { articles: AppArticle[]; updates: AppUpdate[] } | null = null
  private watcher: FSWatcher | null = null
  private hintTimer: ReturnType<typeof setTimeout> | undefined
  private hinted = new Set<string>()
  /**
   * Files the sync wrote or moved itself: what each should now hold (null: gone, moved away)
   * and until when a watcher event for it may be the sync's own echo.
   */
  private readonly ownChanges = new Map<string, { hash: string | null; until: number }>()

  constructor(private readonly deps: WorkspaceSyncDeps) {
    this.root = resolve(deps.root)
    const app: AppPort = {
      snapshot: async () => this.current?.articles ?? [],
      apply: async (updates) => {
        this.current?.updates.push(...updates)
      }
    }
    this.engine = new SyncEngine({
      folder: this.noteOwnChanges(new NodeFolderPort(this.root)),
      base: new NodeBaseStore(deps.state, this.root, join(deps.appDataDir, 'sync-base', sha256Hex(this.root).slice(0, 16))),
      app,
      newId: ulid,
      onProgress: deps.onProgress
    })
  }

  /** One sync run against the renderer's articles; the updates are for the renderer to apply. */
  run(articles: AppArticle[], confirmDeletions = false): Promise<{ report: SyncReport; updates: AppUpdate[] }> {
    return this.mutex.run(async () => {
      this.current = { articles, updates: [] }
      try {
        const report = await this.engine.run({ confirmDeletions })
        return { report, updates: this.current.updates }
      } finally {
        this.current = null
      }
    })
  }

  /** The fast path for the app's own edits (SyncEngine.push): no listing, compare-and-swap writes. */
  push(articles: AppArticle[]): Promise<PushResult> {
    return this.mutex.run(() => this.engine.push(articles))
  }

  rename(id: string, stem: string): Promise<RenameResult> {
    return this.mutex.run(() => this.engine.renameArticle(id, stem))
  }

  /** The folder port, recording what the sync itself changes so the watcher does not echo it back. */
  private noteOwnChanges(port: FolderPort): FolderPort {
    const note = (path: string, hash: string | null): void => {
      this.ownChanges.set(path, { hash, until: Date.now() + ECHO_MS })
    }
    return {
      list: () => port.list(),
      read: (path) => port.read(path),
      hash: (content) => port.hash(content),
      write: async (path, content, expect) => {
        note(path, port.hash(content))
        return port.write(path, content, expect)
      },
      move: async (from, to, expect) => {
        note(from, null)
        note(to, expect)
        return port.move(from, to, expect)
      }
    }
  }

  /**
   * A watcher event is the sync's own echo only if the file is still exactly what the sync left
   * there; an edit someone makes a moment after the sync wrote the file is a change like any other.
   */
  private async isEcho(path: string): Promise<boolean> {
    const own = this.ownChanges.get(path)
    if (!own) return false
    if (own.until < Date.now()) {
      this.ownChanges.delete(path)
      return false
    }
    try {
      return sha256Hex(await readFile(join(this.root, path))) === own.hash
    } catch {
      return own.hash === null // gone, as a move away leaves it
    }
  }

  /** Starts watching the folder for changes made by others (idempotent). */
  startWatching(): void {
    if (this.watcher || !this.deps.onHint) return
    const watcher = watch(
      WATCHED.map((d) => join(this.root, d)),
      {
        ignoreInitial: true,
        depth: 0,
        // Polling is no better here: the periodic rescan is the truth, this only makes it sooner.
        awaitWriteFinish: false
      }
    )
    const hint = (abs: string): void => {
      if (!INTERESTING.test(abs)) return
      const path = relative(this.root, abs).split(sep).join('/')
      void this.isEcho(path).then((echo) => {
        if (!echo) this.queueHint(path)
      })
    }
    watcher.on('add', hint).on('change', hint).on('unlink', hint)
    watcher.on('error', (error) => this.deps.log?.warn(`Watching ${this.root} failed; the periodic rescan still syncs`, error))
    this.watcher = watcher
  }

  private queueHint(path: string): void {
    if (!this.watcher) return
    this.hinted.add(path)
    clearTimeout(this.hintTimer)
    this.hintTimer = setTimeout(() => {
      const paths = [...this.hinted]
      this.hinted.clear()
      this.deps.onHint?.(paths)
    }, this.deps.hintDebounceMs ?? 200)
  }

  /** Stops watching and waits for a run in hand to finish (its writes land before the process goes). */
  async close(): Promise<void> {
    clearTimeout(this.hintTimer)
    const w = this.watcher
    this.watcher = null
    await w?.close()
    await this.mutex.run(async () => {})
  }
}
