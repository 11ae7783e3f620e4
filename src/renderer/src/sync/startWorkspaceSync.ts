import { liveQuery } from 'dexie'
import type { CopydeskApi, WorkspaceInfo } from '../../../core/ipc'
import { db } from '../db/db'
import { whenLibraryShown } from '../db/libraryShown'
import { loadRegistry } from './loadRegistry'
import { loadSources } from './loadSources'
import { flushOutbox } from './flushOutbox'
import { runSync } from './runSync'
import { syncStatus } from './syncStatus'

/** The full rescan that is the truth; the watcher's hints only make it sooner. */
const RESCAN_MS = 30_000
/** Fresh edits wait this long for more before they go out (autosave already waited). */
const PUSH_DELAY_MS = 100
/** The first run waits for the library to be on screen, but never longer than this. */
const FIRST_RUN_WAIT_MS = 3000

/** Forgets a store that belongs to another workspace folder (the folder is the source of truth). */
async function claimStoreFor(info: WorkspaceInfo): Promise<void> {
  const owner = await db.settings.get('workspacePath')
  if (owner?.value === info.path) return
  if (owner) {
    const tables = [db.articles, db.articleDocs, db.revisions, db.outbox, db.entities, db.mentions, db.quotes, db.sources, db.syncLog]
    await db.transaction('rw', tables, async () => {
      await Promise.all(tables.map((t) => t.clear()))
    })
  }
  await db.settings.put({ key: 'workspacePath', value: info.path })
}

export interface SyncHooks {
  /** Registry or source files that could not be read. */
  onUnreadable?: (files: { file: string; error: string }[]) => void
  onError?: (message: string) => void
}

/**
 * Keeps the store and the workspace folder in step, both ways: a sync run at start (which also
 * rebuilds a wiped store from the folder; it reads every article, so it waits until the library
 * has been shown and the page is idle), after every queued edit, on each hint from main's
 * folder watcher, when the window regains focus, and every RESCAN_MS. Registry and source
 * files are read again when they change. Returns a stop function.
 */
export function startWorkspaceSync(api: CopydeskApi, hooks: SyncHooks = {}): () => void {
  let stopped = false
  /** Until the first run starts, hints and focus wait for it (it rescans everything anyway). */
  let started = false
  const fail = (error: unknown): void => hooks.onError?.(error instanceof Error ? error.message : String(error))
  // Fresh edits take the fast path (a full run follows only if something is left for it).
  const push = (): void => {
    if (!stopped) flushOutbox(api).catch(fail)
  }
  const sync = (): void => {
    if (!stopped && started) runSync(api).catch(fail)
  }
  const reloadRegistry = async (): Promise<void> => {
    const [registry, sources] = await Promise.all([loadRegistry(api), loadSources(api)])
    const unreadable = [...registry.unreadable, ...sources.unreadable]
    if (unreadable.length) hooks.onUnreadable?.(unreadable)
  }
  let pushTimer: ReturnType<typeof setTimeout> | undefined
  let subscription: { unsubscribe(): void } | undefined
  const offs: (() => void)[] = []

  const start = async (): Promise<void> => {
    const info = await api.workspace.info()
    await claimStoreFor(info)
    await whenLibraryShown(FIRST_RUN_WAIT_MS)
    if (stopped) return
    started = true
    await reloadRegistry()
    await runSync(api)
    if (stopped) return
    subscription = liveQuery(() => db.outbox.toArray()).subscribe({
      next: (entries) => {
        if (!entries.length) return
        clearTimeout(pushTimer)
        pushTimer = setTimeout(push, PUSH_DELAY_MS)
      },
      error: fail
    })
  }
  offs.push(
    api.events.on('sync:hint', ({ paths }) => {
      if (!started) return
      if (paths.some((p) => p.startsWith('entities/') || p.startsWith('sources/'))) reloadRegistry().catch(fail)
      if (paths.some((p) => p.startsWith('articles/') || p.startsWith('.trash/'))) sync()
    }),
    api.events.on('sync:progress', (progress) => syncStatus.set({ progress }))
  )
  const onFocus = (): void => {
    if (!started) return
    sync()
    reloadRegistry().catch(fail)
  }
  window.addEventListener('focus', onFocus)
  start().catch(fail)
  const rescan = setInterval(onFocus, RESCAN_MS)
  return () => {
    stopped = true
    clearInterval(rescan)
    clearTimeout(pushTimer)
    window.removeEventListener('focus', onFocus)
    for (const off of offs) off()
    subscription?.unsubscribe()
  }
}
