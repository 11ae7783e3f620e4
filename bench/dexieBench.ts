/**
 * Figure 2: bulk insert of 10,000 library articles (header rows + documents) into Chromium's
 * real, on-disk IndexedDB (a persistent profile, not an incognito context, which would keep
 * IndexedDB in memory) with the app's Dexie schema, against raw IndexedDB puts of the same
 * rows in one transaction on the same stores and indexes.
 */
import { chromium } from '@playwright/test'
import { buildSync } from 'esbuild'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { CHROMIUM_ARGS, chromiumVersion } from './lib/chromiumFlags'
import { systemChromium } from './lib/harness'
import type { Figure } from './lib/Figure'
import type { Core } from './lib/loadCore'
import type { Article } from '../src/core/model/Article'
import { median, spread } from './lib/stats'

const SEED = 2
const WARMUP = 0
const RUNS = 3

/** window.__bench of bench/page/dexieInsert.ts (restated: that file is checked under tsconfig.test.json). */
declare const window: { __bench: { insertWithDexie(): Promise<number>; insertRaw(): Promise<number> } }

/** Stores `articles` (the same library the app benches put in the workspace). */
export async function benchIndexedDb(tmp: string, core: Core, articles: Article[]): Promise<{ figures: Figure[]; chromium: string }> {
  const dir = join(tmp, 'indexeddb')
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  const script = buildSync({
    entryPoints: [join(import.meta.dirname, 'page/dexieInsert.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120'
  }).outputFiles[0]!.text
  const hashes = core.fakeHashes(SEED, articles.length)
  const rows = articles.map((a, i) => core.articleRow(a, hashes[i]!))
  const docs = articles.map((a) => ({ id: a.id, body: a.body }))
  const data = JSON.stringify({ rows, docs })
  const words = rows.reduce((n, r) => n + r.wordCount, 0)
  await writeFile(join(dir, 'data.js'), `window.__benchData = ${data};\n`)
  await writeFile(join(dir, 'bench.js'), script)
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>IndexedDB bench</title><script src="data.js"></script><script src="bench.js"></script>\n'
  )

  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: await systemChromium(),
    headless: true,
    args: CHROMIUM_ARGS
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(pathToFileURL(join(dir, 'index.html')).href)
    const version = await chromiumVersion(page)
    const dexie: number[] = []
    const raw: number[] = []
    for (let i = 0; i < WARMUP + RUNS; i++) {
      // Alternate which goes first, so neither always meets a freshly compacted store.
      const order = i % 2 ? (['raw', 'dexie'] as const) : (['dexie', 'raw'] as const)
      for (const which of order) {
        const ms = await page.evaluate((w) => (w === 'dexie' ? window.__bench.insertWithDexie() : window.__bench.insertRaw()), which)
        if (i >= WARMUP) (which === 'dexie' ? dexie : raw).push(ms)
      }
    }
    const figure: Figure = {
      name: 'indexeddb.bulkAdd.10kArticles',
      title: 'Bulk insert of 10,000 articles into IndexedDB (Dexie)',
      value: median(dexie),
      unit: 'ms',
      baseline: median(raw),
      measured:
        `${rows.length.toLocaleString('en-US')} ArticleRow headers + articleDocs bodies (${words.toLocaleString('en-US')} words, ` +
        `${(data.length / 1024 ** 2).toFixed(1)} MiB as JSON) added with CopydeskDB (the app's Dexie schema v2) in one rw transaction ` +
        `(articles.bulkAdd + articleDocs.bulkAdd), timed from the transaction call to its commit, in headless Chromium's on-disk IndexedDB ` +
        `(persistent profile, file:// page); fresh database each run; ${spread(dexie, 0)} (no warm-up: the work is native, and each run is several seconds). ` +
        `Baseline: the same objects put with raw IndexedDB in one readwrite transaction on the same stores and indexes, until complete; ${spread(raw, 0)}.`
    }
    return { figures: [figure], chromium: version }
  } finally {
    await context.close()
    // 50 MiB of rows and a browser profile several times that: nothing to keep.
    await rm(join(dir, 'data.js'), { force: true })
    await rm(join(dir, 'profile'), { recursive: true, force: true })
  }
}
