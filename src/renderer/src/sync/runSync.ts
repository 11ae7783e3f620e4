import type { CopydeskApi } from '../../../core/ipc'
import { slugify } from '../../../core/model/slugify'
import { db } from '../db/db'
import { uniqueSlug } from '../db/uniqueSlug'
import { applySyncUpdates } from './applySyncUpdates'
import { isEditingHeadline } from './headlineFocus'
import { notifyOutsideChange } from './outsideChanges'
import { logSyncReport } from './syncLog'
import { syncSnapshot } from './syncSnapshot'
import { syncStatus } from './syncStatus'
import { hasUnsavedTyping } from './unsavedTyping'

export interface RunOptions {
  /** The user confirmed the deletions the last run held back. */
  confirmDeletions?: boolean
}

let running: Promise<void> | null = null
let queued: { promise: Promise<void>; confirm: boolean } | null = null
let retryTimer: ReturnType<typeof setTimeout> | undefined

/**
 * One two-way sync of the store with the workspace folder: the store's articles (with their
 * queued edits) go to main's sync engine, what it sends back is applied to the store, the open
 * editor and the sync log. Single-flight: a call while a run is in hand gets the next run,
 * which starts after it (so awaiting it means "my edit is in the folder").
 */
export function runSync(api: CopydeskApi, opts: RunOptions = {}): Promise<void> {
  if (running) {
    if (!queued) {
      const confirm = opts.confirmDeletions ?? false
      const promise = running.then(
        () => startRun(api, { confirmDeletions: queued?.confirm ?? confirm }),
        () => startRun(api, { confirmDeletions: queued?.confirm ?? confirm })
      )
      queued = { promise, confirm }
    } else if (opts.confirmDeletions) queued.confirm = true
    return queued.promise
  }
  return startRun(api, opts)
}

function startRun(api: CopydeskApi, opts: RunOptions): Promise<void> {
  queued = null
  running = runOnce(api, opts).finally(() => {
    running = null
  })
  return running
}

/** How soon a paused or failed sync looks at the folder again. */
const RETRY_MS = 3000

const UNTITLED = /^untitled(-\d+)?$/

/**
 * A new article starts as untitled.md; once it has a headline its file is named after it
 * (never over another file). An article never written only changes the name it will get.
 */
async function nameAfterHeadlines(api: CopydeskApi): Promise<void> {
  const ids = (await db.outbox.toCollection().primaryKeys()) as string[]
  for (const row of await db.articles.bulkGet(ids)) {
    if (!row || row.trashed || !UNTITLED.test(row.slug) || !row.headline.trim() || isEditingHeadline(row.id)) continue
    const wanted = slugify(row.headline)
    if (wanted === 'untitled') continue
    if (row.fileHash === null) {
      const slug = await uniqueSlug(wanted)
      await db.articles.update(row.id, { slug, file: `articles/${slug}.md` })
      continue
    }
    const renamed = await api.sync.rename({ id: row.id, stem: await uniqueSlug(wanted) })
    // Not in step with the folder: the run below syncs it, and the next one renames it.
    if (renamed.ok) await db.articles.update(row.id, { file: renamed.path, slug: renamed.path.replace(/^.*\//, '').replace(/\.md$/, '') })
  }
}

/**
 * The fast path after an autosave: queued edits whose files are as their edits expect are
 * written at once (compare-and-swap, no listing of the folder); true when something is left
 * that only a full run can settle (a new article, a trash, a change in the folder meanwhile).
 */
export function pushQueued(api: CopydeskApi): Promise<boolean> {
  // One at a time: a second push of the same edit would find its file already changed (by the
  // first) and send everything to a full run.
  const next = pushing.then(() => pushOnce(api))
  pushing = next.catch(() => false)
  return next
}
let pushing: Promise<unknown> = Promise.resolve()

async function pushOnce(api: CopydeskApi): Promise<boolean> {
  await nameAfterHeadlines(api)
  const articles = (await syncSnapshot({ queuedOnly: true })).filter((a) => a.pending)
  if (!articles.length) return false
  const { updates, left } = await api.sync.push({ articles })
  const outcome = await applySyncUpdates(updates, { hasUnsavedTyping })
  return left.length > 0 || outcome.deferred.length > 0
}

async function runOnce(api: CopydeskApi, opts: RunOptions): Promise<void> {
  clearTimeout(retryTimer)
  syncStatus.set({ running: true })
  try {
    await nameAfterHeadlines(api)
    const articles = await syncSnapshot()
    const { report, updates } = await api.sync.run({ articles, ...(opts.confirmDeletions ? { confirmDeletions: true } : {}) })
    const outcome = await applySyncUpdates(updates, { hasUnsavedTyping })
    if (outcome.changed.length) notifyOutsideChange(outcome.changed)
    await logSyncReport(
      report,
      outcome.unreadable.map((u) => ({ level: 'warning' as const, text: `${u.path}: ${u.error}; read as plain text.`, articleId: u.id }))
    )
    syncStatus.set({
      running: false,
      progress: null,
      paused: report.pause,
      awaitingConfirmation: report.deletionsAwaitingConfirmation,
      unresolvedFiles: report.issues.flatMap((i) => (i.kind === 'externalConflict' && !i.copyId ? [i.path] : [])),
      error: report.status === 'error' ? report.errors.join('; ') : null,
      lastRunAt: new Date().toISOString(),
      lastReport: report
    })
    // Left for another run: typing the editor had not saved, a change that arrived while this
    // run wrote, or writes that failed (the folder was away): try again shortly.
    if (outcome.deferred.length || report.again || report.skipped.length) schedule(api, 1000)
    // A folder that is away (unplugged, unmounted) is looked for again soon; edits stay queued.
    else if (report.status === 'paused' || report.status === 'error') schedule(api, RETRY_MS)
  } catch (error) {
    syncStatus.set({ running: false, progress: null, error: error instanceof Error ? error.message : String(error), lastRunAt: new Date().toISOString() })
    schedule(api, RETRY_MS)
    throw error
  }
}

function schedule(api: CopydeskApi, ms: number): void {
  clearTimeout(retryTimer)
  retryTimer = setTimeout(() => void runSync(api).catch(() => {}), ms)
}
