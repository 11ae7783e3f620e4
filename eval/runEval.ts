import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { suggest } from '../src/core/suggest/suggest'
import type { EvalFigures } from './EvalFigures'
import type { GoldDoc } from './GoldDoc'
import type { Half } from './Half'
import { readJsonl } from './readJsonl'
import { SCORED_QUOTE_KINDS } from './scoredQuoteKinds'
import { selectHalf } from './selectHalf'

interface ScorerOutput {
  docs: number
  summary: string
  entities?: { micro: { strict: { tp: number; p: number; r: number; f1: number } } }
  quotes?: Record<string, { p: number; r: number; f1: number; speaker: { accuracy: number } | null }>
}

/**
 * Runs suggest() over the chosen half of a gold file, writes the predictions (and, for a half,
 * the matching subset of the gold file) to a temporary folder, scores them with the shared
 * scorer next to the gold file, and returns the scorer's text report and the figures.
 * `kinds` keeps only those kinds of quote ('all' for every one); by default a gold file is scored
 * on the kinds SCORED_QUOTE_KINDS declares for it (GUM annotates only quotation-marked speech),
 * else on every suggestion.
 * Nothing is written into the repository.
 */
export function runEval(goldPath: string, half: Half, kinds?: string[]): { report: string; figures: EvalFigures } {
  const docs = selectHalf(readJsonl<GoldDoc>(goldPath), half)
  const declared = kinds ?? SCORED_QUOTE_KINDS[basename(goldPath)]
  const quoteKinds = declared?.includes('all') ? undefined : declared
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-eval-'))
  try {
    const gold = join(dir, 'gold.jsonl')
    const pred = join(dir, 'pred.jsonl')
    writeFileSync(gold, docs.map((d) => JSON.stringify(d)).join('\n') + '\n')
    const lines = docs.map((d) => {
      const r = suggest(d.text)
      return JSON.stringify({
        id: d.id,
        entities: r.entities.map((e) => ({ start: e.start, end: e.end, type: e.type, text: e.text })),
        quotes: r.quotes
          .filter((q) => !quoteKinds || quoteKinds.includes(q.kind))
          .map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker }))
      })
    })
    writeFileSync(pred, lines.join('\n') + '\n')
    const scorer = resolve(goldPath, '..', 'score.mjs')
    const report = execFileSync(process.execPath, [scorer, gold, pred], { encoding: 'utf8' })
    const out = JSON.parse(execFileSync(process.execPath, [scorer, gold, pred, '--json'], { encoding: 'utf8' })) as ScorerOutput
    const q3 = out.quotes?.['0.3']
    const q8 = out.quotes?.['0.8']
    const figures: EvalFigures = {
      docs: docs.length,
      entities: out.entities ? { ...out.entities.micro.strict } : null,
      quotes: q3 && q8 ? { f1_03: q3.f1, f1_08: q8.f1, p_03: q3.p, r_03: q3.r, speaker: q3.speaker?.accuracy ?? null } : null,
      summary: out.summary
    }
    return { report, figures }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
