import {
  DEFAULT_SYNC_OPTIONS,
  initialReads,
  planSync,
  type ActionKind,
  type PlanOutcome,
  type SyncIssue,
  type SyncOptions,
  type SyncPlan
} from './planSync'
import { SyncAbort, type AppArticle, type AppPort, type AppUpdate, type BaseStore, type FolderPort, type ReadResult } from './ports'
import { ARTICLES_DIR, classifyPath, collisionKey, NameAllocator, stemOf } from './syncPaths'

export interface SyncReport {
  status: 'synced' | 'paused' | 'needsConfirmation' | 'error'
  pause: { reason: 'unreachable' | 'notWorkspace' | 'unreadable' | 'emptied'; message: string } | null
  deletionsAwaitingConfirmation: { id: string; path: string }[]
  applied: { kind: ActionKind; id: string; summary: string }[]
  /** Actions not applied: the folder changed under them (tried again at once) or an error (next run). */
  skipped: { kind: ActionKind; id: string; summary: string; reason: string }[]
  issues: SyncIssue[]
  errors: string[]
  passes: number
  /** Something is left that another run may settle (a change arrived while this one wrote). */
  again: boolean
}

export interface SyncEngineDeps {
  folder: FolderPort
  base: BaseStore
  app: AppPort
  newId: () => string
  now?: () => number
  options?: Partial<SyncOptions>
  /** App updates are sent in batches of this many (one IPC round trip each). */
  appBatchSize?: number
  /** Plan-and-apply passes per run while writes keep finding the folder changed. */
  maxPasses?: number
  /** Progress for the status bar on large folders: files read while planning, actions applied. */
  onProgress?: (progress: SyncProgress) => void
}

export interface SyncProgress {
  phase: 'reading' | 'applying'
  done: number
  total: number
}

export type RenameResult = { ok: true; path: string } | { ok: false; reason: string }

export interface PushResult {
  /** Updates for the articles written (the app applies them like a run's). */
  updates: AppUpdate[]
  /** Articles the fast path left alone (new, trashed, moved, or the file changed): a full run settles them. */
  left: string[]
}

/** Runs tasks one at a time, in call order. */
class Queue {
  private tail: Promise<unknown> = Promise.resolve()

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task)
    this.tail = result.catch(() => undefined)
    return result
  }
}

const MAX_PLAN_ROUNDS = 6
/** Files read at once while gathering what a plan needs. */
const READ_CONCURRENCY = 16

/**
 * Two-way sync of the app's articles with the workspace folder: lists the folder, reads what
 * changed, plans (planSync, pure) and applies the plan through the ports — folder first, then
 * the base state, then the app, so a crash at any point leaves a state the next run completes.
 * Runs never overlap. A write that finds the file changed since the listing is skipped and the
 * run plans again (the change becomes a merge, never a loss).
 */
export class SyncEngine {
  private readonly queue = new Queue()
  private readonly options: SyncOptions
  private readonly now: () => number

  constructor(private readonly deps: SyncEngineDeps) {
    this.options = {
      ...DEFAULT_SYNC_OPTIONS,
      ...deps.options,
      massDeletion: { ...DEFAULT_SYNC_OPTIONS.massDeletion, ...deps.options?.massDeletion }
    }
    this.now = deps.now ?? Date.now
  }

  run(opts: { confirmDeletions?: boolean } = {}): Promise<SyncReport> {
    return this.queue.run(() => this.runOnce(opts.confirmDeletions ?? false))
  }

  /**
   * Renames an article's file (`articles/<stem>.md`, or `<stem>-2.md`… if taken) for the app,
   * if the file is still the version this device last synced; a case-only change is allowed.
   */
  renameArticle(id: string, stem: string): Promise<RenameResult> {
    return this.queue.run(async () => {
      const { folder, base } = this.deps
      const listing = await folder.list()
      if (!listing.ok) return { ok: false, reason: listing.message }
      const entries = await base.entries()
      const file = listing.files.find((f) => {
        const b = entries.get(f.path)
        return f.path.startsWith(`${ARTICLES_DIR}/`) && b?.id === id && b.hash === f.hash
      })
      if (!file || file.hash === null) return { ok: false, reason: 'The article’s file is not in step with the folder; sync first.' }
      if (stemOf(file.path) === stem) return { ok: true, path: file.path }
      const wanted = `${ARTICLES_DIR}/${stem}.md`
      const names = new NameAllocator(listing.files.map((f) => f.path))
      const to = collisionKey(wanted) === collisionKey(file.path) ? wanted : names.allocate(ARTICLES_DIR, stem)
      const moved = await folder.move(file.path, to, file.hash)
      if (!moved.ok) return { ok: false, reason: moved.message }
      await base.apply([
        { op: 'delete', path: file.path },
        { op: 'set', path: to, id, hash: file.hash }
      ])
      await base.flush()
      return { ok: true, path: to }
    })
  }

  /**
   * The fast path for the app's own edits: an article whose file is exactly the version its
   * edit builds on (the base and the app agree on the hash) is written straight over it with
   * compare-and-swap — what a full run would plan as a push, without listing the folder.
   * Anything else (a new article, a trash or restore, a file changed or moved since) is left
   * for a full run, which lists, merges and renames.
   */
  push(articles: readonly AppArticle[]): Promise<PushResult> {
    return this.queue.run(async () => {
      const { folder, base } = this.deps
      const entries = await base.entries()
      const result: PushResult = { updates: [], left: [] }
      let wrote = false
      for (const a of articles) {
        const b = entries.get(a.path)
        const c = classifyPath(a.path)
        if (!a.pending || a.trashed || a.fileHash === null || !c || c.kind !== 'article' || c.trashed || !b || b.id !== a.id || b.hash !== a.fileHash) {
          result.left.push(a.id)
          continue
        }
        const mine = a.pending.content
        let written: { ok: true; hash: string } | { ok: false }
        try {
          written = await folder.write(a.path, mine, a.fileHash)
        } catch (error) {
          if (error instanceof SyncAbort) throw error
          written = { ok: false }
        }
        if (!written.ok) {
          result.left.push(a.id)
          continue
        }
        wrote = true
        await base.apply([{ op: 'set', path: a.path, id: a.id, hash: folder.hash(mine), content: mine }])
        result.updates.push({
          id: a.id,
          path: a.path,
          content: mine,
          fileHash: folder.hash(mine),
          trashed: false,
          expectSeq: a.pending.seq,
          contentIsApps: true
        })
      }
      if (wrote) await base.flush()
      return result
    })
  }

  private async runOnce(confirmDeletions: boolean): Promise<SyncReport> {
    const report: SyncReport = {
      status: 'synced',
      pause: null,
      deletionsAwaitingConfirmation: [],
      applied: [],
      skipped: [],
      issues: [],
      errors: [],
      passes: 0,
      again: false
    }
    try {
      const maxPasses = this.deps.maxPasses ?? 3
      for (let pass = 1; pass <= maxPasses; pass++) {
        report.passes = pass
        const outcome = await this.planOnce(confirmDeletions)
        if (outcome.kind === 'paused') {
          report.status = 'paused'
          report.pause = outcome.pause
          return report
        }
        const plan = outcome.plan
        report.issues = plan.issues
        if (plan.pause) {
          report.status = 'paused'
          report.pause = plan.pause
          report.deletionsAwaitingConfirmation = plan.deletionsAwaitingConfirmation
          return report
        }
        report.deletionsAwaitingConfirmation = plan.deletionsAwaitingConfirmation
        const changedUnder = await this.apply(plan, report)
        if (!changedUnder) break
        report.again = pass === maxPasses
      }
      if (report.deletionsAwaitingConfirmation.length) report.status = 'needsConfirmation'
      return report
    } catch (error) {
      if (error instanceof SyncAbort) throw error
      report.status = 'error'
      report.errors.push(error instanceof Error ? error.message : String(error))
      return report
    }
  }

  private async planOnce(
    confirmDeletions: boolean
  ): Promise<{ kind: 'paused'; pause: NonNullable<SyncReport['pause']> } | { kind: 'plan'; plan: SyncPlan }> {
    const { folder, base, app } = this.deps
    const listing = await folder.list()
    if (!listing.ok) return { kind: 'paused', pause: { reason: listing.reason, message: listing.message } }
    const entries = await base.entries()
    const articles = await app.snapshot()
    const reads = new Map<string, ReadResult>()
    const contents = new Map<string, string>()
    const unavailable = new Set<string>()
    const hashOfListed = new Map(listing.files.map((f) => [f.path, f.hash]))

    const load = async (hashes: string[]): Promise<void> => {
      const wanted = [...new Set(hashes)].filter((h) => !contents.has(h) && !unavailable.has(h))
      if (!wanted.length) return
      const found = await base.contents(wanted)
      for (const h of wanted) {
        const text = found.get(h)
        if (text === undefined) unavailable.add(h)
        else contents.set(h, text)
      }
    }
    const read = async (paths: string[]): Promise<void> => {
      const todo = [...new Set(paths)].filter((p) => !reads.has(p))
      let next = 0
      const worker = async (): Promise<void> => {
        while (next < todo.length) {
          const path = todo[next++]!
          reads.set(path, await folder.read(path))
          this.deps.onProgress?.({ phase: 'reading', done: reads.size, total: reads.size + todo.length - next })
        }
      }
      await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, todo.length) }, worker))
    }

    const pendingBases = articles.flatMap((a) => (a.pending && a.fileHash ? [a.fileHash] : []))
    await base.retain(pendingBases)
    await load(pendingBases)
    await read(initialReads(listing, entries, this.options))
    let outcome: PlanOutcome | undefined
    for (let round = 0; round < MAX_PLAN_ROUNDS; round++) {
      outcome = planSync({
        listing,
        base: entries,
        reads,
        contents,
        unavailable,
        app: articles,
        hash: (text) => folder.hash(text),
        newId: this.deps.newId,
        now: this.now(),
        options: this.options,
        confirmDeletions
      })
      if (outcome.kind === 'plan') return outcome
      await load(outcome.hashes)
      // A file the base store knows by its hash need not be read.
      await load(outcome.paths.flatMap((p) => hashOfListed.get(p) ?? []))
      await read(outcome.paths.filter((p) => {
        const h = hashOfListed.get(p)
        return !h || !contents.has(h)
      }))
    }
    throw new Error('The sync could not gather the files it needs to plan.')
  }

  /** Applies a plan; true when some write found the folder changed since the listing. */
  private async apply(plan: SyncPlan, report: SyncReport): Promise<boolean> {
    const { folder, base, app } = this.deps
    const batchSize = Math.max(1, this.deps.appBatchSize ?? 100)
    let buffer: AppUpdate[] = []
    let changedUnder = false
    const flushApp = async (): Promise<void> => {
      if (!buffer.length) return
      const batch = buffer
      buffer = []
      await app.apply(batch)
    }
    for (const [index, act] of plan.actions.entries()) {
      this.deps.onProgress?.({ phase: 'applying', done: index, total: plan.actions.length })
      let failed: string | null = null
      for (const step of act.folder) {
        try {
          const result = step.op === 'write' ? await folder.write(step.path, step.content, step.expect) : await folder.move(step.from, step.to, step.expect)
          if (!result.ok) {
            failed = `${step.op === 'write' ? step.path : step.from} changed in the folder meanwhile`
            changedUnder = true
          }
        } catch (error) {
          if (error instanceof SyncAbort) throw error
          failed = error instanceof Error ? error.message : String(error)
          report.errors.push(failed)
        }
        if (failed) break
      }
      if (failed) {
        report.skipped.push({ kind: act.kind, id: act.id, summary: act.summary, reason: failed })
        continue
      }
      if (act.base.length) await base.apply(act.base)
      buffer.push(...act.app)
      if (buffer.length >= batchSize) await flushApp()
      report.applied.push({ kind: act.kind, id: act.id, summary: act.summary })
    }
    await flushApp()
    await base.flush()
    return changedUnder
  }
}
