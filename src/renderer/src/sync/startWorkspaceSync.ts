import { liveQuery } from 'dexie'
import type { CopydeskApi, WorkspaceInfo } from '../../../core/ipc'
import { db } from '../db/db'
import { flushOutbox } from './flushOutbox'
import { loadRegistry } from './loadRegistry'
import { loadSources } from './loadSources'
import { reconcileWithWorkspace, type ReconcileReport } from './reconcileWithWorkspace'

const RETRY_MS = 5000

/** Forgets a store that belongs to another workspace folder (the folder is the source of truth). */
async function claimStoreFor(info: WorkspaceInfo): Promise<void> {
  const owner = await db.settings.get('workspacePath')
  if (owner?.value === info.path) return
  if (owner) {
    const tables = [db.articles, db.articleDocs, db.revisions, db.outbox, db.entities, db.mentions, db.quotes, db.sources]
    await db.transaction('rw', tables, async () => {
      await Promise.all(tables.map((t) => t.clear()))
    })
  }
  await db.settings.put({ key: 'workspacePath', value: info.path })
}

/**
 * Keeps the store and the workspace folder in step: reads in what the folder has that the store
 * lacks, then writes every queued edit as soon as it is queued, retrying while the folder is
 * unreachable. Returns a stop function.
 */
export function startWorkspaceSync(
  api: CopydeskApi,
  hooks: { onReconciled?: (report: ReconcileReport, info: WorkspaceInfo) => void; onError?: (message: string) => void } = {}
): () => void {
  let stopped = false
  const fail = (error: unknown): void => hooks.onError?.(error instanceof Error ? error.message : String(error))
  const flush = (): void => {
    if (!stopped) flushOutbox(api).catch(fail)
  }
  let subscription: { unsubscribe(): void } | undefined
  const start = async (): Promise<void> => {
    const info = await api.workspace.info()
    await claimStoreFor(info)
    const registry = await loadRegistry(api)
    const sources = await loadSources(api)
    const report = await reconcileWithWorkspace(api)
    report.unreadable.push(...registry.unreadable, ...sources.unreadable)
    hooks.onReconciled?.(report, info)
    if (stopped) return
    subscription = liveQuery(() => db.outbox.toArray()).subscribe({
      next: (entries) => {
        // Fresh edits go out at once; failed ones wait for the retry timer (no hot loop while
        // the folder is away: each failure updates the entry, which would wake this again).
        if (entries.some((e) => e.state === 'pending' && e.attempts === 0)) flush()
      },
      error: fail
    })
  }
  start().catch(fail)
  const retry = setInterval(flush, RETRY_MS)
  return () => {
    stopped = true
    clearInterval(retry)
    subscription?.unsubscribe()
  }
}
