/**
 * Figure 6: the offline suggester (issue 3, "Accuracy and speed"): suggest() with the
 * spelling-variant check on generated 1,000- and 10,000-word wire articles with a registry of
 * 10,000 entities / 30,000 aliases, against compromise's nlp(text) people / places /
 * organizations / quotations on the same text in the same run; and the registry index build.
 * Targets: median ≤ 5 ms (1k words) and ≤ 50 ms (10k words).
 */
import { buildSync } from 'esbuild'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import nlp from 'compromise'
import { syntheticArticle } from '../eval/syntheticArticle'
import { syntheticRegistry } from '../eval/syntheticRegistry'
import type { Figure } from './lib/Figure'
import { median, spread } from './lib/stats'

type SuggestCore = typeof import('../src/core/suggest/suggest') &
  typeof import('../src/core/suggest/buildRegistryIndex') &
  typeof import('../src/core/suggest/findSpellingVariants')

const REGISTRY_SIZE = 10_000
const WARMUP = 5
const CASES = [
  { words: 1_000, runs: 201, compromiseRuns: 21, target: 5 },
  { words: 10_000, runs: 41, compromiseRuns: 7, target: 50 }
]

/** The suggester as the app ships it: bundled by esbuild (no tsx keepNames wrapping). */
async function loadSuggestCore(tmp: string): Promise<SuggestCore> {
  const outfile = join(tmp, 'suggest-bundle.mjs')
  const dir = join(import.meta.dirname, '../src/core/suggest')
  buildSync({
    stdin: {
      contents: ['suggest', 'buildRegistryIndex', 'findSpellingVariants'].map((n) => `export { ${n} } from './${n}'`).join('\n'),
      resolveDir: dir,
      loader: 'ts'
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile
  })
  return (await import(pathToFileURL(outfile).href)) as SuggestCore
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!
}

function timeIt(fn: () => unknown): number {
  const t = performance.now()
  fn()
  return performance.now() - t
}

function compromiseOnce(text: string): void {
  const doc = nlp(text)
  doc.people().json()
  doc.places().json()
  doc.organizations().json()
  doc.quotations().json()
}

export async function benchSuggest(tmp: string): Promise<Figure[]> {
  const core = await loadSuggestCore(tmp)
  const entities = syntheticRegistry(REGISTRY_SIZE)
  const aliases = entities.reduce((n, e) => n + e.aliases.length, 0)
  const builds: number[] = []
  let registry = core.buildRegistryIndex(entities)
  for (let i = 0; i < 7; i++) builds.push(timeIt(() => (registry = core.buildRegistryIndex(entities))))
  const figures: Figure[] = [
    {
      name: 'suggest.registryIndex.10k',
      title: 'Build the suggestion index of a 10,000-entity registry',
      value: median(builds),
      unit: 'ms',
      measured: `buildRegistryIndex on ${entities.length.toLocaleString('en-US')} generated entities with ${aliases.toLocaleString('en-US')} aliases (eval/syntheticRegistry.ts), ${spread(builds, 1)}; built once per workspace, not per keystroke.`
    }
  ]
  for (const c of CASES) {
    const text = syntheticArticle(c.words)
    const words = text.split(/\s+/).length
    const run = (): void => {
      const r = core.suggest(text, registry)
      core.findSpellingVariants(text, r.entities, registry)
    }
    for (let i = 0; i < WARMUP; i++) run()
    compromiseOnce(text)
    // Interleaved: one compromise run after every few suggester runs, so a slow moment of the
    // machine hits both alike.
    const ours: number[] = []
    const theirs: number[] = []
    const every = Math.ceil(c.runs / c.compromiseRuns)
    for (let i = 0; i < c.runs; i++) {
      ours.push(timeIt(run))
      if (i % every === 0) theirs.push(timeIt(() => compromiseOnce(text)))
    }
    const sample = core.suggest(text, registry)
    const label = `${(c.words / 1000).toFixed(0)}k`
    const what =
      `suggest(text, registry) + findSpellingVariants (esbuild bundle, as shipped) on a generated ${words.toLocaleString('en-US')}-word wire article ` +
      `(eval/syntheticArticle.ts: ${sample.entities.length} entity and ${sample.quotes.length} quote suggestions) with the ${REGISTRY_SIZE.toLocaleString('en-US')}-entity registry; ` +
      `${spread(ours, 2)} after ${WARMUP} warm-up runs; target ≤ ${c.target} ms. ` +
      `Baseline: compromise 14 nlp(text).people() / places() / organizations() / quotations() .json() on the same text, interleaved, ${spread(theirs, 1)}.`
    figures.push(
      {
        name: `suggest.${label}Words.median`,
        title: `Suggest entities and quotes, ${c.words.toLocaleString('en-US')}-word article (median)`,
        value: median(ours),
        unit: 'ms',
        baseline: median(theirs),
        measured: what
      },
      {
        name: `suggest.${label}Words.p95`,
        title: `Suggest entities and quotes, ${c.words.toLocaleString('en-US')}-word article (p95)`,
        value: percentile(ours, 0.95),
        unit: 'ms',
        baseline: percentile(theirs, 0.95),
        measured: `The 95th percentile of the runs above; baseline: compromise's 95th percentile (of ${theirs.length} runs).`
      }
    )
  }
  return figures
}
