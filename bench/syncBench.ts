/**
 * Figure 10: two-way sync with a workspace folder of 10,000 articles (issue 6, "Benchmarks"),
 * run as main runs it: WorkspaceSync (NodeFolderPort + NodeBaseStore + SyncState, from an
 * esbuild bundle) with the app's articles sent in and its updates sent back.
 * - first import: an empty app, until run() returns the 10,000 updates; and, apart, the
 *   renderer's parse of their text (readArticleMarkdown);
 * - no-change rescan, against a plain walk that only lists and stats the same files, measured
 *   interleaved in the same run (goal: within 3×), with a breakdown of where the rescan's time
 *   goes; and the first rescan after a restart (the folder port's hash cache empty);
 * - a rescan after another device added a paragraph to 100 files: exactly 100 updates;
 * - the model-based sync tests at bench length (long mode with BENCH_SYNC_LONG=1).
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { buildSync } from 'esbuild'
import type { AppArticle, AppUpdate, BaseStore, FolderPort } from '../src/core/sync/ports'
import type { SyncState } from '../src/main/services/sync/SyncState'
import type { Figure } from './lib/Figure'
import { createRng } from './lib/prng'
import { median, percentile, spread } from './lib/stats'

type SyncCore = typeof import('./lib/syncEntry')
type Log = (line: string) => void

const ROOT = join(import.meta.dirname, '..')
const ARTICLES = 10_000
const SEED = 606
const RESCAN_WARMUP = 1
const RESCAN_RUNS = 21
const PROFILE_RUNS = 5
const CHANGED = 100
const CHANGED_RUNS = 5
/** NodeFolderPort's IO_CONCURRENCY: the stat walk stats as many files at once as the port does. */
const WALK_CONCURRENCY = 64
/** NodeFolderPort trusts a cached hash only for files this much older than when it hashed them. */
const RACY_WINDOW_MS = 2500
const MODEL = process.env.BENCH_SYNC_LONG === '1' ? { mode: 'long', runs: 20_000, fsRuns: 1_000 } : { mode: 'short', runs: 2_000, fsRuns: 100 }

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))
const n = (v: number): string => v.toLocaleString('en-US')

/** The sync as the app ships it: bundled by esbuild (no tsx keepNames wrapping), packages external. */
async function loadSyncCore(tmp: string): Promise<SyncCore> {
  const outfile = join(tmp, 'sync-bundle.mjs')
  buildSync({
    entryPoints: [join(import.meta.dirname, 'lib/syncEntry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outfile
  })
  return (await import(pathToFileURL(outfile).href)) as SyncCore
}

/** The 1-minute load average, sampled while the step runs: the machine may be shared. */
function loadSampler(): { stop(): string } {
  const samples = [loadavg()[0]!]
  const timer = setInterval(() => samples.push(loadavg()[0]!), 5000)
  timer.unref()
  return {
    stop() {
      clearInterval(timer)
      samples.push(loadavg()[0]!)
      const mean = samples.reduce((a, b) => a + b, 0) / samples.length
      return `1-minute load average during the step ${mean.toFixed(1)} mean, ${Math.max(...samples).toFixed(1)} max on ${cpus().length} cores (shared with other work)`
    }
  }
}

/** The baseline: list `articles/` and stat every file in it, as many at once as the folder port. */
async function statWalk(core: SyncCore, root: string): Promise<number> {
  const dir = join(root, 'articles')
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name)
  const stats = await core.mapWithConcurrency(names, WALK_CONCURRENCY, (name) => stat(join(dir, name)))
  return stats.length
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now()
  const value = await fn()
  return { ms: performance.now() - t, value }
}

/** The app's articles after applying updates, as the renderer's store would hold them. */
function applyToSnapshot(app: Map<string, AppArticle>, updates: readonly AppUpdate[]): void {
  for (const u of updates) app.set(u.id, { id: u.id, path: u.path, fileHash: u.fileHash, trashed: u.trashed, pending: null })
}

/** Wall-clock ms spent in each port method, summed over calls (concurrent calls overlap). */
function timedPort<T extends object>(target: T, times: Map<string, number>, prefix: string): T {
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value: unknown = Reflect.get(obj, key, receiver)
      if (typeof value !== 'function') return value
      const name = `${prefix}.${String(key)}`
      return (...args: unknown[]) => {
        const t = performance.now()
        const add = (): void => {
          times.set(name, (times.get(name) ?? 0) + performance.now() - t)
        }
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(obj, args)
        if (result instanceof Promise) return result.finally(add)
        add()
        return result
      }
    }
  })
}

interface Breakdown {
  text: string
  totalMs: number
}

/**
 * Where a no-change rescan's time goes: the same engine WorkspaceSync builds, over the same
 * folder, state and blobs, with each port call timed; planning is what is left. planSync is
 * also timed alone on the same inputs.
 */
async function profileRescan(core: SyncCore, root: string, state: SyncState, blobDir: string, app: AppArticle[]): Promise<Breakdown> {
  // One port and one store for all runs, as WorkspaceSync keeps them: the port's hash cache
  // filled by a first listing, the store's list of known blobs by its first flush.
  const realFolder = new core.NodeFolderPort(root)
  const realBase = new core.NodeBaseStore(state, root, blobDir)
  await realFolder.list()
  await realBase.flush()
  const runs: Map<string, number>[] = []
  const totals: number[] = []
  for (let i = 0; i < PROFILE_RUNS; i++) {
    const times = new Map<string, number>()
    let snapshotMs = 0
    const engine = new core.SyncEngine({
      folder: timedPort<FolderPort>(realFolder, times, 'folder'),
      base: timedPort<BaseStore>(realBase, times, 'base'),
      app: {
        snapshot: async () => {
          const t = performance.now()
          const copy = app.map((a) => ({ ...a }))
          snapshotMs += performance.now() - t
          return copy
        },
        apply: async (updates) => {
          if (updates.length) throw new Error('a no-change rescan sent updates')
        }
      },
      newId: () => {
        throw new Error('a no-change rescan made a new id')
      }
    })
    const run = await timeAsync(() => engine.run())
    if (run.value.status !== 'synced' || run.value.applied.length) throw new Error(`profiled rescan did something: ${JSON.stringify(run.value.applied.slice(0, 3))}`)
    times.set('app.snapshot', snapshotMs)
    times.set('total', run.ms)
    runs.push(times)
    totals.push(run.ms)
  }
  const med = (key: string): number => median(runs.map((t) => t.get(key) ?? 0))
  const listing = await realFolder.list()
  if (!listing.ok) throw new Error(listing.message)
  const entries = await realBase.entries()
  const planMs: number[] = []
  const initialMs: number[] = []
  for (let i = 0; i < PROFILE_RUNS; i++) {
    initialMs.push((await timeAsync(async () => core.initialReads(listing, entries, core.DEFAULT_SYNC_OPTIONS))).ms)
    const plan = await timeAsync(async () =>
      core.planSync({
        listing,
        base: entries,
        reads: new Map(),
        contents: new Map(),
        unavailable: new Set(),
        app,
        hash: (text) => core.sha256Hex(text),
        newId: () => 'unused',
        now: Date.now(),
        options: core.DEFAULT_SYNC_OPTIONS,
        confirmDeletions: false
      })
    )
    if (plan.value.kind !== 'plan' || plan.value.plan.actions.length) throw new Error('planSync alone planned something on a no-change folder')
    planMs.push(plan.ms)
  }
  const ports = ['folder.list', 'base.entries', 'app.snapshot', 'base.retain', 'base.contents', 'folder.read', 'base.apply', 'base.flush']
  const portMs = ports.reduce((sum, k) => sum + med(k), 0)
  const stateBytes = (await stat(state.filePath)).size
  const parts = ports.filter((k) => med(k) >= 0.05).map((k) => `${k} ${med(k).toFixed(1)}`)
  return {
    totalMs: median(totals),
    text:
      `Where a rescan's time goes (the same engine over the same folder, state and blobs with every port call timed, ` +
      `median of ${PROFILE_RUNS}, total ${median(totals).toFixed(1)} ms): ${parts.join(', ')} ms ` +
      `(folder.list: the marker's stat, readdir of articles/ and .trash/articles/, a stat of every file, the hash-cache check, the sort); ` +
      `left for initialReads + planSync + the engine's own work ${Math.max(0, median(totals) - portMs).toFixed(1)} ms ` +
      `(planSync alone on the same 10,000 files ${spread(planMs, 1)}, initialReads ${median(initialMs).toFixed(2)} ms); ` +
      `base.flush saves the sync state (${(stateBytes / 1024).toFixed(0)} KiB, atomic write with fsync).`
  }
}

async function readAndHashAll(core: SyncCore, root: string, files: readonly string[]): Promise<number> {
  const hashes = await core.mapWithConcurrency(files, WALK_CONCURRENCY, async (f) => core.sha256Hex(await readFile(join(root, f))))
  return hashes.length
}

async function readAll(core: SyncCore, root: string, files: readonly string[]): Promise<number> {
  let bytes = 0
  await core.mapWithConcurrency(files, 16, async (f) => {
    bytes += (await readFile(join(root, f))).byteLength
  })
  return bytes
}

interface ModelResult {
  passed: boolean
  seconds: number
  tests: { title: string; status: string; ms: number; failure?: string }[]
}

/** The model-based sync tests (tests/unit/sync/model.test.ts) with the bench's run counts. */
async function runModelTests(tmp: string, log: Log): Promise<ModelResult> {
  const out = join(tmp, 'sync-model.json')
  await rm(out, { force: true })
  const t = performance.now()
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('npx', ['vitest', 'run', 'tests/unit/sync/model.test.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, SYNC_MODEL_RUNS: String(MODEL.runs), SYNC_MODEL_FS_RUNS: String(MODEL.fsRuns) }
    })
    child.on('error', reject)
    child.on('exit', resolve)
  })
  const seconds = (performance.now() - t) / 1000
  const tests: ModelResult['tests'] = []
  if (existsSync(out)) {
    const json = JSON.parse(await readFile(out, 'utf8')) as {
      testResults?: { assertionResults?: { title: string; status: string; duration?: number; failureMessages?: string[] }[] }[]
    }
    for (const file of json.testResults ?? []) {
      for (const a of file.assertionResults ?? []) {
        const failure = a.failureMessages?.[0]?.split('\n')[0]
        tests.push({ title: a.title, status: a.status, ms: a.duration ?? 0, ...(failure ? { failure } : {}) })
      }
    }
  }
  const passed = code === 0 && tests.length === 2 && tests.every((x) => x.status === 'passed')
  if (!passed) log(`   the model tests FAILED (exit ${code}): ${tests.map((x) => `${x.title}: ${x.status}${x.failure ? ` (${x.failure})` : ''}`).join('; ')}`)
  return { passed, seconds, tests }
}

export async function benchSync(tmp: string, log: Log): Promise<Figure[]> {
  const load = loadSampler()
  const core = await loadSyncCore(tmp)
  const dir = join(tmp, 'sync')
  await rm(dir, { recursive: true, force: true })
  const root = join(dir, 'workspace')
  const appData = join(dir, 'app-data')
  await mkdir(appData, { recursive: true })

  log(`   generating ${n(ARTICLES)} articles of 300–800 words in bench/tmp/sync/workspace`)
  const ws = await core.writeSyncWorkspace(root, ARTICLES, SEED)
  const mib = ws.totalBytes / 1024 ** 2
  const folderText =
    `a generated folder of ${n(ARTICLES)} workspace Markdown files (front matter with the id, ${n(ws.minWords)}–${n(ws.maxWords)} words, ` +
    `${n(ws.totalWords)} words, ${mib.toFixed(1)} MiB; bench/lib/syncWorkspace.ts)`
  // The folder exists before the app opens it: its files are older than the port's racy window.
  await sleep(RACY_WINDOW_MS + 500)

  log('   first import into an empty app')
  const statePath = join(appData, 'sync-state.json')
  const state = await core.SyncState.load(statePath)
  const sync = new core.WorkspaceSync({ root, state, appDataDir: appData })
  const blobDir = join(appData, 'sync-base', core.sha256Hex(sync.root).slice(0, 16))
  const first = await timeAsync(() => sync.run([]))
  const { report, updates } = first.value
  const withText = updates.filter((u) => u.content !== undefined)
  if (report.status !== 'synced' || updates.length !== ARTICLES || withText.length !== ARTICLES || updates.some((u) => ws.ids.get(u.path) !== u.id)) {
    throw new Error(`the first import did not bring in the ${n(ARTICLES)} articles: ${report.status}, ${updates.length} updates, ${report.errors.join('; ')}`)
  }
  const importReadMs = (await timeAsync(() => readAll(core, root, ws.files))).ms

  log('   the renderer’s parse of the imported text')
  const parse = await timeAsync(async () => {
    let blocks = 0
    for (const u of withText) blocks += core.readArticleMarkdown(u.content!).body.content.length
    return blocks
  })

  const mapping = await timeAsync(async () => {
    const app = new Map<string, AppArticle>()
    applyToSnapshot(app, updates)
    return app
  })
  const app = mapping.value
  const snapshot = (): AppArticle[] => [...app.values()]

  log(`   no-change rescans (${RESCAN_RUNS} runs after ${RESCAN_WARMUP} warm-up) interleaved with the stat walk`)
  const rescanOnce = async (s: InstanceType<SyncCore['WorkspaceSync']>): Promise<number> => {
    const r = await timeAsync(() => s.run(snapshot()))
    const { report: rep, updates: ups } = r.value
    if (rep.status !== 'synced' || ups.length || rep.applied.length) {
      throw new Error(`a no-change rescan did something: ${rep.status}, ${ups.length} updates, ${rep.applied.map((a) => a.summary).slice(0, 3).join('; ')}`)
    }
    return r.ms
  }
  const walkOnce = async (): Promise<number> => {
    const r = await timeAsync(() => statWalk(core, root))
    if (r.value !== ARTICLES) throw new Error(`the stat walk saw ${r.value} files`)
    return r.ms
  }
  const warm: number[] = []
  for (let i = 0; i < RESCAN_WARMUP; i++) {
    warm.push(await rescanOnce(sync))
    await walkOnce()
  }
  const rescans: number[] = []
  const walks: number[] = []
  for (let i = 0; i < RESCAN_RUNS; i++) {
    rescans.push(await rescanOnce(sync))
    walks.push(await walkOnce())
  }
  const rescanMedian = median(rescans)
  const walkMedian = median(walks)
  const ratio = rescanMedian / walkMedian
  log(`   rescan ${rescanMedian.toFixed(1)} ms, stat walk ${walkMedian.toFixed(1)} ms: ×${ratio.toFixed(2)}`)

  log('   where the rescan’s time goes')
  const breakdown = await profileRescan(core, root, state, blobDir, snapshot())

  log('   the first rescan after a restart (new WorkspaceSync, state loaded from disk, empty hash cache)')
  await state.flush()
  const restartedState = await core.SyncState.load(statePath)
  const restarted = new core.WorkspaceSync({ root, state: restartedState, appDataDir: appData })
  const coldMs = await rescanOnce(restarted)
  const hashAllMs = (await timeAsync(() => readAndHashAll(core, root, ws.files))).ms

  log(`   rescans after ${CHANGED} files changed (${CHANGED_RUNS} runs, other files each time)`)
  const order = [...ws.files]
  const rng = createRng(SEED)
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(0, i)
    ;[order[i], order[j]] = [order[j]!, order[i]!]
  }
  const changedRuns: number[] = []
  for (let i = 0; i < CHANGED_RUNS; i++) {
    const files = order.slice(i * CHANGED, (i + 1) * CHANGED)
    await core.appendParagraphs(root, files, SEED * 100 + i)
    const r = await timeAsync(() => restarted.run(snapshot()))
    const { report: rep, updates: ups } = r.value
    const content = ups.filter((u) => u.content !== undefined)
    const expected = new Set(files.map((f) => ws.ids.get(f)))
    if (rep.status !== 'synced' || ups.length !== CHANGED || content.length !== CHANGED || !content.every((u) => expected.has(u.id) && u.content!.includes(`EXTRA-${SEED * 100 + i}-`))) {
      throw new Error(`the rescan after ${CHANGED} changes returned ${ups.length} updates (${content.length} with text), ${rep.status}`)
    }
    if (!rep.applied.every((a) => a.kind === 'import')) throw new Error(`unexpected actions: ${rep.applied.map((a) => a.kind).join(', ')}`)
    changedRuns.push(r.ms)
    applyToSnapshot(app, ups)
  }
  // One more: nothing changed since the last run.
  await rescanOnce(restarted)

  log(`   model-based sync tests, ${MODEL.mode} mode (${n(MODEL.runs)} in-memory + ${n(MODEL.fsRuns)} real-folder runs)`)
  const model = await runModelTests(tmp, log)
  const busy = load.stop()
  await rm(dir, { recursive: true, force: true })

  const how = 'main’s WorkspaceSync (NodeFolderPort, NodeBaseStore, SyncState; esbuild bundle, as shipped) with a temp app-data folder'
  const modelTests = model.tests.map((x) => `${x.title}: ${x.status}, ${(x.ms / 1000).toFixed(1)} s${x.failure ? ` (${x.failure})` : ''}`).join('; ')
  return [
    {
      name: 'sync.import.10k',
      title: 'Sync: first import of a 10,000-article folder',
      value: first.ms,
      unit: 'ms',
      baseline: importReadMs,
      measured:
        `${how}: run([]) against an empty app on ${folderText}, until it returns with ${n(updates.length)} updates (every file listed and hashed, ` +
        `read and checked, its id read, its base version stored: ${n(report.applied.length)} import actions); 1 run. ` +
        `Baseline: plain readFile of the same files, 16 at a time, 1 run. ${busy}.`
    },
    {
      name: 'sync.import.parse10k',
      title: 'Sync: the renderer’s parse of the 10,000 imported articles',
      value: parse.ms,
      unit: 'ms',
      measured:
        `readArticleMarkdown (esbuild bundle) on the content of each of the first import’s ${n(withText.length)} updates, one after another, ` +
        `as applySyncUpdates parses them before storing (${n(parse.value)} blocks); 1 run; not part of the import figure. ` +
        `Mapping the updates to the app snapshot the next run is sent took ${mapping.ms.toFixed(1)} ms.`
    },
    {
      name: 'sync.rescan.noChange.median',
      title: 'Sync: no-change rescan of 10,000 files (median; goal ≤ 3× a stat walk)',
      value: rescanMedian,
      unit: 'ms',
      baseline: walkMedian,
      measured:
        `The same WorkspaceSync run again with the app snapshot the import’s updates imply (10,000 AppArticles, nothing pending), ` +
        `nothing changed: ${spread(rescans, 1)} after ${RESCAN_WARMUP} warm-up (${warm.map((w) => w.toFixed(1)).join(', ')}), each returning no updates. ` +
        `Baseline, interleaved: readdir of articles/ and fs.stat of every file, ${WALK_CONCURRENCY} at a time (as NodeFolderPort lists), ${spread(walks, 1)}. ` +
        `${breakdown.text} ${busy}.`
    },
    {
      name: 'sync.rescan.noChange.p95',
      title: 'Sync: no-change rescan of 10,000 files (p95)',
      value: percentile(rescans, 0.95),
      unit: 'ms',
      baseline: percentile(walks, 0.95),
      measured: `The 95th percentile of the ${RESCAN_RUNS} rescans above; baseline: the stat walk’s 95th percentile.`
    },
    {
      name: 'sync.rescan.afterRestart',
      title: 'Sync: first rescan after a restart (no hash cache), 10,000 files',
      value: coldMs,
      unit: 'ms',
      baseline: hashAllMs,
      measured:
        `A new WorkspaceSync with the sync state loaded from disk, as after an app restart, run with the same snapshot, nothing changed: ` +
        `the folder port’s in-memory hash cache is empty, so every file is read and hashed once (files in the page cache); 1 run, no updates. ` +
        `Baseline: readFile + sha256 of every file, ${WALK_CONCURRENCY} at a time, 1 run.`
    },
    {
      name: 'sync.rescan.100changed',
      title: 'Sync: rescan with 100 changed files (of 10,000)',
      value: median(changedRuns),
      unit: 'ms',
      baseline: rescanMedian,
      measured:
        `A paragraph (≈60 words) appended to 100 files by plain fs writes (mtimes checked to move), then a run with the app’s snapshot: ` +
        `each run returned exactly 100 updates with the new text (changed in the folder), and a run after them none; ` +
        `${spread(changedRuns, 1)}, other files each run (each run also re-hashes the previous run’s 100, which were hashed within NodeFolderPort’s ` +
        `${RACY_WINDOW_MS / 1000} s racy window). Baseline: the no-change rescan median above.`
    },
    {
      name: `sync.model.${MODEL.mode}`,
      title: `Sync model-based tests, ${MODEL.mode} mode (${n(MODEL.runs)} in-memory + ${n(MODEL.fsRuns)} real-folder runs): ${model.passed ? 'passed' : 'FAILED'}`,
      value: model.seconds,
      unit: 's',
      measured:
        `npx vitest run tests/unit/sync/model.test.ts with SYNC_MODEL_RUNS=${MODEL.runs} SYNC_MODEL_FS_RUNS=${MODEL.fsRuns} ` +
        `(${MODEL.mode === 'long' ? 'BENCH_SYNC_LONG=1' : 'set BENCH_SYNC_LONG=1 for 20,000 + 1,000'}), fast-check with a fresh seed; wall-clock of the whole vitest run. ` +
        `${modelTests || 'no test results were written'}. ${busy}.`
    }
  ]
}
