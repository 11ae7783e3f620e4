import { performance } from 'node:perf_hooks'
import { buildRegistryIndex } from '../src/core/suggest/buildRegistryIndex'
import { findSpellingVariants } from '../src/core/suggest/findSpellingVariants'
import { suggest } from '../src/core/suggest/suggest'
import { syntheticArticle } from './syntheticArticle'
import { syntheticRegistry } from './syntheticRegistry'

// node --import tsx eval/speed.ts [--json]
// Median time of suggest() (+ findSpellingVariants) for a 1,000-word and a 10,000-word article
// with a registry of 10,000 entities / 30,000 aliases. Targets (issue 3): ≤ 5 ms and ≤ 50 ms.
const entities = syntheticRegistry(10_000)
const t0 = performance.now()
const registry = buildRegistryIndex(entities)
const buildMs = performance.now() - t0

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function measure(words: number, runs: number): { words: number; medianMs: number; p95Ms: number } {
  const text = syntheticArticle(words)
  for (let i = 0; i < 5; i++) suggest(text, registry) // warm-up: JIT and lexicon sets
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const r = suggest(text, registry)
    findSpellingVariants(text, r.entities, registry)
    times.push(performance.now() - start)
  }
  const sorted = [...times].sort((a, b) => a - b)
  return { words: text.split(/\s+/).length, medianMs: median(times), p95Ms: sorted[Math.floor(sorted.length * 0.95)] }
}

/**
 * The issue asks for the ratio to compromise on the same text in the same run. compromise is
 * not a dependency of the project; when it is installed (npm i --no-save compromise) the same
 * articles go through nlp(text).people()/places()/organizations()/quotations() as well.
 */
async function compromiseMs(words: number, runs: number): Promise<number | null> {
  let nlp: ((text: string) => Record<string, () => { json: () => unknown }>) | undefined
  try {
    const name = 'compromise'
    nlp = ((await import(name)) as { default: typeof nlp }).default
  } catch {
    return null
  }
  if (!nlp) return null
  const text = syntheticArticle(words)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const doc = nlp(text)
    for (const f of ['people', 'places', 'organizations', 'quotations']) doc[f]?.().json()
    times.push(performance.now() - start)
  }
  return median(times)
}

const results = {
  registry: { entities: entities.length, aliases: entities.reduce((n, e) => n + e.aliases.length, 0), buildMs },
  article1k: measure(1_000, 200),
  article10k: measure(10_000, 40),
  compromise: { article1kMs: await compromiseMs(1_000, 20), article10kMs: await compromiseMs(10_000, 5) }
}
if (process.argv.includes('--json')) console.log(JSON.stringify(results))
else {
  const f = (x: number) => x.toFixed(2)
  console.log(`registry ${results.registry.entities} entities / ${results.registry.aliases} aliases, index built in ${f(buildMs)} ms`)
  console.log(`${results.article1k.words} words: median ${f(results.article1k.medianMs)} ms, p95 ${f(results.article1k.p95Ms)} ms (target ≤ 5 ms)`)
  console.log(`${results.article10k.words} words: median ${f(results.article10k.medianMs)} ms, p95 ${f(results.article10k.p95Ms)} ms (target ≤ 50 ms)`)
  const c = results.compromise
  if (c.article1kMs !== null && c.article10kMs !== null) {
    console.log(`compromise on the same text: ${f(c.article1kMs)} ms / ${f(c.article10kMs)} ms ` +
      `(suggest is ${f(c.article1kMs / results.article1k.medianMs)}× / ${f(c.article10kMs / results.article10k.medianMs)}× faster)`)
  } else {
    console.log('compromise not installed: no ratio (npm i --no-save compromise to add it)')
  }
}
