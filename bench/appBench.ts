/**
 * Figures 3–5: the built app in headless Chromium through the e2e harness (real services, real
 * files, real IndexedDB in a persistent profile), with a 10,000-article workspace.
 * - rebuild: a new profile on a folder of 10,000 article files, until the library lists them all;
 * - cold start: the next starts on that profile (browser closed and relaunched), until rows are
 *   shown and a click selects one — against the same on a profile holding the sample workspace;
 * - open: click on a long read's row until its last paragraph is in the editor's DOM;
 * - save: one typed character until the file on disk has it and the status bar says Saved.
 */
import type { Locator } from '@playwright/test'
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { atomicWriteFile } from '../src/main/services/fs/atomicWriteFile'
import type { Figure } from './lib/Figure'
import { launchApp, type BenchApp, type BenchProfile } from './lib/harness'
import type { Article } from '../src/core/model/Article'
import type { Core } from './lib/loadCore'
import {
  armOpenProbe,
  coldStartInitScript,
  loadEventEnd,
  pagePromise,
  armSaveProbe,
  probeResult,
  settle,
  settleNode,
  whenLibraryCount,
  whenRows
} from './lib/probes'
import { median, spread } from './lib/stats'
import type { LibraryWorkspace, LongRead } from './lib/workspaceFixture'

const LIBRARY_SIZE = 10_000
const COLD_WARMUP = 1
const COLD_RUNS = 5
const OPEN_WARMUP = 1
const OPEN_RUNS = 7
const SAVE_WARMUP = 1
const SAVE_RUNS = 5
const WRITE_RUNS = 21
/** One: each is a read and parse of 30 MiB, as long as ten seconds here, and the figure itself is one run. */
const REBUILD_BASELINE_RUNS = 1
/** The row a cold-start click selects: the third, present in both libraries (the sample has three articles). */
const CLICKED_ROW = 2

type Log = (line: string) => void

function profileAt(root: string): BenchProfile {
  return { appDataDir: join(root, 'app-data'), documentsDir: join(root, 'Documents'), browserDataDir: join(root, 'browser') }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

interface ColdStart {
  /** Wall-clock ms of the whole cycle in Node: launch, measure, close. */
  cycleMs: number
  closeMs: number
  rowsAt: number
  clickAt: number
  interactiveAt: number
  loadEventEnd: number
}

/** Starts the app on an existing profile and times it from navigation start to a row selected by a click. */
async function coldStart(profile: BenchProfile): Promise<ColdStart> {
  const t0 = performance.now()
  const app = await launchApp(profile, { initScript: coldStartInitScript(CLICKED_ROW + 1, CLICKED_ROW) })
  let measured: Omit<ColdStart, 'cycleMs' | 'closeMs'>
  try {
    const page = app.page
    const rows = await pagePromise<{ rowsAt: number; x: number; y: number }>(page, '__benchRows', 60_000)
    // A real input event (CDP mouse press + release) at the row as soon as it is seen, without
    // Playwright's actionability round trips in between.
    await page.mouse.click(rows.x, rows.y)
    const sel = await pagePromise<{ clickAt: number; doneAt: number }>(page, '__benchSelected', 30_000)
    measured = { rowsAt: rows.rowsAt, clickAt: sel.clickAt, interactiveAt: sel.doneAt, loadEventEnd: await loadEventEnd(page) }
  } catch (error) {
    await app.close()
    throw error
  }
  const t1 = performance.now()
  await app.close()
  const t2 = performance.now()
  return { ...measured, cycleMs: t2 - t0, closeMs: t2 - t1 }
}

function rowOf(app: BenchApp, read: LongRead): Locator {
  const ref = read.endMarker.replace(/^Ref |\.$/g, '')
  return app.page.getByTestId('article-row').filter({ hasText: `(${ref})` })
}

/** Clicks the article's library row; ms from the click event to its last paragraph in the editor DOM, and to the frame after. */
async function openArticle(app: BenchApp, read: LongRead): Promise<{ dom: number; painted: number }> {
  await armOpenProbe(app.page, read.endMarker)
  await rowOf(app, read).click()
  const r = await probeResult<{ clickAt: number; doneAt: number; paintedAt: number }>(app.page, 30_000)
  return { dom: r.doneAt - r.clickAt, painted: r.paintedAt - r.clickAt }
}

/** Resolves with performance.now() when the file's content satisfies `ok`, polling its stat every `everyMs`. */
async function pollFile(path: string, ok: (content: string) => boolean, everyMs: number, timeoutMs: number): Promise<number> {
  const start = performance.now()
  let seen = ''
  for (;;) {
    const st = await stat(path).catch(() => null)
    const key = st ? `${st.ino}:${st.size}:${st.mtimeMs}` : ''
    if (key && key !== seen) {
      seen = key
      const content = await readFile(path, 'utf8').catch(() => null)
      if (content !== null && ok(content)) return performance.now()
    }
    if (performance.now() - start > timeoutMs) throw new Error(`${path} did not get the edit within ${timeoutMs} ms`)
    await sleep(everyMs)
  }
}

interface Saves {
  onDisk: number[]
  saved: number[]
  /** Key to the status bar leaving "Saved". */
  saving: number[]
  /** The file after the last save. */
  content: string
}

/**
 * Opens the long read, puts the caret at its end, and types one character per run: ms from the
 * key until the workspace file holds it (polled), and until the status bar is back at "Saved".
 */
async function measureSaves(app: BenchApp, filePath: string, read: LongRead): Promise<Saves> {
  const page = app.page
  await openArticle(app, read)
  await page.locator('.ProseMirror > :last-child').click()
  await page.keyboard.press('ControlOrMeta+End')
  await settle(page, 500, 10_000)
  await settleNode(300, 10_000)
  const out: Saves = { onDisk: [], saved: [], saving: [], content: '' }
  let typed = ''
  for (let i = 0; i < SAVE_WARMUP + SAVE_RUNS; i++) {
    typed += 'x'
    const expected = `${read.endMarker}${typed}\n`
    await armSaveProbe(page)
    const onDisk = pollFile(filePath, (c) => c.includes(expected), 4, 30_000)
    const t0 = performance.now()
    await page.keyboard.type('x')
    const fileMs = (await onDisk) - t0
    const r = await probeResult<{ keyAt: number; savingAt: number; doneAt: number }>(page, 30_000)
    if (i >= SAVE_WARMUP) {
      out.onDisk.push(fileMs)
      out.saved.push(r.doneAt - r.keyAt)
      out.saving.push(r.savingAt - r.keyAt)
    }
    // Quiet before the next key: the spell checker's pass and the library's re-read both follow a save.
    await settle(page, 500, 10_000)
    await settleNode(200, 10_000)
  }
  out.content = await readFile(filePath, 'utf8')
  return out
}

async function timeWrites(path: string, content: string, write: (p: string, c: string) => Promise<void>): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < WRITE_RUNS + 3; i++) {
    const t = performance.now()
    await write(path, content)
    if (i >= 3) out.push(performance.now() - t)
  }
  return out
}

const libraryProfile = (tmp: string): BenchProfile => profileAt(join(tmp, 'app-library'))

/**
 * Writes the 10,000-article workspace into a new library profile's documents folder (the
 * default workspace, so the app finds it on its first start). The IndexedDB bench stores the
 * same articles.
 */
export async function prepareLibrary(tmp: string, core: Core): Promise<{ workspace: LibraryWorkspace; articles: Article[] }> {
  await rm(join(tmp, 'app-library'), { recursive: true, force: true })
  return core.writeLibraryWorkspace(join(libraryProfile(tmp).documentsDir, 'Copydesk'), LIBRARY_SIZE)
}

export async function benchApp(tmp: string, core: Core, ws: LibraryWorkspace, log: Log): Promise<Figure[]> {
  if (ws.files.length !== LIBRARY_SIZE) throw new Error(`expected a workspace of ${LIBRARY_SIZE} articles`)
  const lib = libraryProfile(tmp)
  const sample = profileAt(join(tmp, 'app-sample'))
  const small = profileAt(join(tmp, 'app-two-articles'))
  for (const p of [sample, small]) await rm(dirname(p.appDataDir), { recursive: true, force: true })
  // A workspace of just the two long reads, copied before any edit.
  const smallWs = join(small.documentsDir, 'Copydesk')
  await mkdir(join(smallWs, 'articles'), { recursive: true })
  await writeFile(join(smallWs, 'copydesk.json'), await readFile(join(ws.root, 'copydesk.json')))
  for (const read of [ws.long10k, ws.long1k]) await writeFile(join(smallWs, read.file), await readFile(join(ws.root, read.file)))
  const phase = (text: string): void => log(`  ${text}`)

  // --- Rebuild: first start on a new profile reads the whole folder into IndexedDB.
  let app = await launchApp(lib)
  const rebuildMs = await whenLibraryCount(app.page, LIBRARY_SIZE, 240_000)
  const errors = await app.page.locator('.notice, [role=alert]').allTextContents()
  const listed = await app.page.locator('.library-pane .pane-count').textContent()
  await settleNode(500, 30_000)
  await app.close()
  phase(`rebuild: ${(rebuildMs / 1000).toFixed(1)} s (library count ${listed}${errors.length ? `, notices: ${errors.join(' | ')}` : ''})`)
  const parseRuns: number[] = []
  for (let i = 0; i < REBUILD_BASELINE_RUNS; i++) parseRuns.push(await core.readAndParseAll(ws.root, ws.files))
  phase(`rebuild baseline: ${parseRuns.map((x) => (x / 1000).toFixed(1)).join(', ')} s`)

  // --- The baseline profile: the sample workspace, created and read in on its first start.
  app = await launchApp(sample)
  await whenRows(app.page, CLICKED_ROW + 1, 60_000)
  await settleNode(500, 10_000)
  await app.close()

  // --- Cold starts, alternating the two profiles.
  const cold = { lib: [] as ColdStart[], sample: [] as ColdStart[] }
  for (let i = 0; i < COLD_WARMUP + COLD_RUNS; i++) {
    for (const which of ['lib', 'sample'] as const) {
      const r = await coldStart(which === 'lib' ? lib : sample)
      if (i >= COLD_WARMUP) cold[which].push(r)
    }
  }
  phase(
    `cold start: ${cold.lib.map((c) => c.interactiveAt.toFixed(0)).join(', ')} ms (10k) vs ${cold.sample.map((c) => c.interactiveAt.toFixed(0)).join(', ')} ms (sample); ` +
      `launch-to-close cycles ${cold.lib.map((c) => (c.cycleMs / 1000).toFixed(1)).join(', ')} s (10k, closing ${cold.lib.map((c) => (c.closeMs / 1000).toFixed(1)).join(', ')} s)`
  )

  // --- Editor: open the long reads, then edit the 10,000-word one.
  app = await launchApp(lib)
  const page = app.page
  await whenRows(page, 3, 60_000)
  // Let the start-up reconcile (scan and hash of the folder, a pass over the store) finish first.
  await settleNode(500, 60_000)
  await settle(page, 300, 10_000)
  const open10k: { dom: number; painted: number }[] = []
  const open1k: { dom: number; painted: number }[] = []
  for (let i = 0; i < OPEN_WARMUP + OPEN_RUNS; i++) {
    const a = await openArticle(app, ws.long10k)
    await settle(page, 200, 10_000)
    const b = await openArticle(app, ws.long1k)
    await settle(page, 200, 10_000)
    if (i >= OPEN_WARMUP) {
      open10k.push(a)
      open1k.push(b)
    }
  }
  phase(`open: ${open10k.map((x) => x.dom.toFixed(0)).join(', ')} ms (10k) vs ${open1k.map((x) => x.dom.toFixed(0)).join(', ')} ms (1k)`)

  const big = await measureSaves(app, join(ws.root, ws.long10k.file), ws.long10k)
  await app.close()
  phase(`save: ${big.onDisk.map((x) => x.toFixed(0)).join(', ')} ms to disk; ${big.saved.map((x) => x.toFixed(0)).join(', ')} ms to "Saved"`)

  // --- For reference: the same article saved in a workspace holding only the two long reads.
  app = await launchApp(small)
  await whenRows(app.page, 2, 60_000)
  await settleNode(300, 10_000)
  const alone = await measureSaves(app, join(small.documentsDir, 'Copydesk', ws.long10k.file), ws.long10k)
  await app.close()
  phase(`save in a 2-article workspace: ${alone.onDisk.map((x) => x.toFixed(0)).join(', ')} ms to disk; ${alone.saved.map((x) => x.toFixed(0)).join(', ')} ms to "Saved"`)
  const finalContent = big.content

  const scratch = join(tmp, 'write-baseline')
  await mkdir(scratch, { recursive: true })
  const plainWrites = await timeWrites(join(scratch, 'plain.md'), finalContent, (p, c) => writeFile(p, c))
  const atomicWrites = await timeWrites(join(scratch, 'atomic.md'), finalContent, (p, c) => atomicWriteFile(p, c))

  const med = (xs: ColdStart[], key: keyof ColdStart): number => median(xs.map((x) => x[key]))
  const coldDesc = (what: string): string =>
    `Headless Chromium relaunched on the same profile (harness launchChromium: new services state, same browser profile and file:// origin), ` +
    `${what}; ms from navigation start, timed by a MutationObserver the page installs before the app's scripts run; ` +
    `${spread(cold.lib.map((c) => (what.startsWith('first') ? c.rowsAt : c.interactiveAt)), 0)} after ${COLD_WARMUP} warm-up, ` +
    `the 10,000-article store built by a previous start from the folder; load event at ${med(cold.lib, 'loadEventEnd').toFixed(0)} ms (median). ` +
    `Baseline: the same on a profile whose store holds the sample workspace (3 articles), ${spread(
      cold.sample.map((c) => (what.startsWith('first') ? c.rowsAt : c.interactiveAt)),
      0
    )}, load event at ${med(cold.sample, 'loadEventEnd').toFixed(0)} ms.`

  return [
    {
      name: 'app.rebuild.10kFiles',
      title: 'Rebuild the store from a folder of 10,000 articles',
      value: rebuildMs,
      unit: 'ms',
      baseline: median(parseRuns),
      measured:
        `First start on a new profile whose default workspace holds ${ws.files.length.toLocaleString('en-US')} article files ` +
        `(${(ws.totalBytes / 1024 ** 2).toFixed(1)} MiB, ${ws.totalWords.toLocaleString('en-US')} words, written by writeArticleMarkdown): ` +
        `ms from navigation start until the library count reads 10,000 (scan + hash, read over IPC in batches of 200, readArticleMarkdown, ` +
        `rows + docs + revisions into IndexedDB); 1 run. Baseline: plain Node reading the same files (16 at a time) and parsing each with readArticleMarkdown, ${spread(parseRuns, 0)}.`
    },
    {
      name: 'app.coldStart.10k.rowsShown',
      title: 'Cold start with 10,000 articles: first rows shown',
      value: med(cold.lib, 'rowsAt'),
      unit: 'ms',
      baseline: med(cold.sample, 'rowsAt'),
      measured: coldDesc(`first ${CLICKED_ROW + 1} library rows ([data-testid=article-row]) in the DOM`)
    },
    {
      name: 'app.coldStart.10k.interactive',
      title: 'Cold start with 10,000 articles: library interactive',
      value: med(cold.lib, 'interactiveAt'),
      unit: 'ms',
      baseline: med(cold.sample, 'interactiveAt'),
      measured: coldDesc(
        `rows shown, then a real mouse click (CDP) on row ${CLICKED_ROW + 1} as soon as seen, until that row is aria-selected ` +
          `(click dispatched at ${med(cold.lib, 'clickAt').toFixed(0)} ms median)`
      )
    },
    {
      name: 'app.open.10kWords',
      title: 'Open a 10,000-word article in the editor',
      value: median(open10k.map((o) => o.dom)),
      unit: 'ms',
      baseline: median(open1k.map((o) => o.dom)),
      measured:
        `Click on the article's library row (${ws.long10k.words.toLocaleString('en-US')} words, imported from generated wire copy) until its last paragraph is in the editor's DOM ` +
        `(click event → MutationObserver sees the marker in .ProseMirror's last block), library of 10,000; ${spread(open10k.map((o) => o.dom), 0)} after ${OPEN_WARMUP} warm-up, ` +
        `alternating with the baseline. Baseline: the same for a ${ws.long1k.words.toLocaleString('en-US')}-word article, ${spread(open1k.map((o) => o.dom), 0)}.`
    },
    {
      name: 'app.open.10kWords.painted',
      title: 'Open a 10,000-word article: next frame painted',
      value: median(open10k.map((o) => o.painted)),
      unit: 'ms',
      baseline: median(open1k.map((o) => o.painted)),
      measured:
        `The same opens, until the frame after the DOM change has been produced (a message posted from the next requestAnimationFrame callback: style, layout and paint of the whole article included); ` +
        `${spread(open10k.map((o) => o.painted), 0)}. Baseline: the ${ws.long1k.words.toLocaleString('en-US')}-word article, ${spread(open1k.map((o) => o.painted), 0)}.`
    },
    {
      name: 'app.save.10kWords.onDisk',
      title: 'Save a 10,000-word article: edit on disk',
      value: median(big.onDisk),
      unit: 'ms',
      baseline: median(plainWrites),
      measured:
        `One character typed at the end of the open 10,000-word article until the workspace file (${(Buffer.byteLength(finalContent) / 1024).toFixed(0)} KiB) holds it ` +
        `(stat polled every 4 ms); includes the editor's 300 ms save pause (SAVE_DELAY_MS); ${spread(big.onDisk, 0)} after ${SAVE_WARMUP} warm-up. ` +
        `The same article in a workspace of only the two long reads: ${spread(alone.onDisk, 0)}. ` +
        `Baseline: Node fs.writeFile of the same content (non-atomic, no fsync), ${spread(plainWrites, 2)}; for reference the app's atomicWriteFile ` +
        `(temp, fsync, rename, dir fsync) of it takes ${spread(atomicWrites, 2)}.`
    },
    {
      name: 'app.save.10kWords.savedState',
      title: 'Save a 10,000-word article: status bar "Saved"',
      value: median(big.saved),
      unit: 'ms',
      baseline: median(plainWrites),
      measured:
        `Same edits, keydown until [data-testid=save-state] turns from "Saving…" back to "Saved" (it shows "Saving…" ${median(big.saving).toFixed(0)} ms after the key, median); ` +
        `${spread(big.saved, 0)}. In a workspace of only the two long reads: ${spread(alone.saved, 0)}. Baseline: fs.writeFile of the same content, as above.`
    }
  ]
}
