/**
 * Figure 1: core importArticle on a generated 10,000-word wire story (plain text), against the
 * least any reader must do with the same bytes: decode them and split them into lines.
 */
import { performance } from 'node:perf_hooks'
import { importArticle as importArticleTsx } from '../src/core/formats/importArticle'
import { countWords } from '../src/core/model/countWords'
import type { Figure } from './lib/Figure'
import type { Core } from './lib/loadCore'
import { createRng } from './lib/prng'
import { median, spread } from './lib/stats'
import { generateWireArticle, wireArticleText } from './lib/wireText'

const WARMUP = 5
const RUNS = 21

function timeIt(fn: () => unknown): number {
  const t = performance.now()
  fn()
  return performance.now() - t
}

export function benchImport(core: Core): Figure[] {
  const wire = generateWireArticle(createRng(10_000), 10_000, 'IMPORT-10K')
  const bytes = new TextEncoder().encode(wireArticleText(wire))
  const deps = { parseSanitizedHtml: core.parseSanitizedHtml }
  const parsed = core.importArticle('x.txt', bytes, deps)
  const words = countWords(parsed.body)
  const subheads = parsed.body.content.filter((n) => n.type === 'heading').length
  if (words < 10_000 || parsed.photos.length !== 1 || subheads === 0 || !parsed.headline) {
    throw new Error(`the generated article did not import as expected: ${words} words, ${parsed.photos.length} photos, ${subheads} subheads`)
  }

  const baseline = (): number => new TextDecoder('utf-8').decode(bytes).split(/\r\n?|\n/).length
  const viaTsx = (): unknown => importArticleTsx('x.txt', bytes, deps)
  for (let i = 0; i < WARMUP; i++) {
    core.importArticle('x.txt', bytes, deps)
    baseline()
    viaTsx()
  }
  const runs: number[] = []
  const base: number[] = []
  const tsx: number[] = []
  // Interleaved, so a slow moment of the machine hits all alike.
  for (let i = 0; i < RUNS; i++) {
    runs.push(timeIt(() => core.importArticle('x.txt', bytes, deps)))
    base.push(timeIt(baseline))
    tsx.push(timeIt(viaTsx))
  }
  return [
    {
      name: 'import.txt.10kWords',
      title: 'Import a 10,000-word wire story (.txt)',
      value: median(runs),
      unit: 'ms',
      baseline: median(base),
      measured:
        `core importArticle('x.txt', bytes) (esbuild bundle, as shipped) on generated wire copy: ${words.toLocaleString('en-US')} words, ` +
        `${(bytes.byteLength / 1024).toFixed(0)} KiB, ${parsed.body.content.length} blocks (${subheads} subheads), Photo:: line, curly quotes; ` +
        `${spread(runs, 2)} after ${WARMUP} warm-up runs. The same sources compiled by tsx (as \`npx copydesk import\` runs them): ${spread(tsx, 2)}. ` +
        `Baseline: TextDecoder decode + split into lines of the same bytes, ${spread(base, 3)}.`
    }
  ]
}
