import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runEval } from '../../eval/runEval'
import type { EvalFigures } from '../../eval/EvalFigures'
import type { CheckGroup } from '../CheckGroup'
import type { CheckResult } from '../CheckResult'

type Recorded = Record<string, { all: EvalFigures; quotationMarkedOnly: { all: EvalFigures } }>

/** Figures are recorded to three decimals; a drop smaller than rounding is not a regression. */
const ROUNDING = 0.0005

/**
 * The compromise 14.17 row of ../shared/eval/README.md, the floor no guard figure may sit under.
 * Compromise extracts text in quotation marks only, so its quote figures are compared with ours
 * restricted to quotation-marked (direct and partial) suggestions.
 */
const COMPROMISE: Record<string, { entityF1?: number; quoteF1_03: number; quoteF1_08: number }> = {
  'gum-news.jsonl': { entityF1: 0.494, quoteF1_03: 0.522, quoteF1_08: 0.493 },
  'polnear-train-sample.jsonl': { quoteF1_03: 0.4, quoteF1_08: 0.303 }
}

function atLeast(name: string, value: number | null | undefined, floor: number): CheckResult {
  const ok = typeof value === 'number' && value >= floor - ROUNDING
  return { name, ok, detail: ok ? undefined : `${value?.toFixed(3)} < ${floor.toFixed(3)}` }
}

/**
 * The suggestion engine against every gold file in ../shared/eval: each figure must stay at or
 * above the one recorded in eval/baseline.json (a guard raised as the engine improves), and
 * above the compromise baseline.
 */
export const evalRegression: CheckGroup = {
  name: 'eval',
  async run(shared) {
    const recorded = JSON.parse(readFileSync(join(import.meta.dirname, '../../eval/baseline.json'), 'utf8')) as Recorded
    const results: CheckResult[] = []
    const files = readdirSync(join(shared, 'eval')).filter((f) => f.endsWith('.jsonl'))
    results.push({ name: 'eval: gold files found', ok: files.length > 0, detail: files.length ? undefined : 'none in eval/' })
    for (const file of files) {
      const gold = join(shared, 'eval', file)
      const was = recorded[file]
      if (!was) {
        results.push({ name: `eval ${file}: has recorded figures in eval/baseline.json`, ok: false })
        continue
      }
      const now = runEval(gold, 'all').figures
      const marked = runEval(gold, 'all', ['direct', 'partial']).figures
      // Only what the gold file annotates was recorded (GUM has no speakers, PolNeAR no entities).
      const guards: [string, number | null | undefined, number | null | undefined][] = [
        ['entity strict F1', now.entities?.f1, was.all.entities?.f1],
        ['quote F1@0.3', now.quotes?.f1_03, was.all.quotes?.f1_03],
        ['quote F1@0.8', now.quotes?.f1_08, was.all.quotes?.f1_08],
        ['speaker accuracy', now.quotes?.speaker, was.all.quotes?.speaker]
      ]
      for (const [label, value, floor] of guards) {
        if (typeof floor === 'number') results.push(atLeast(`eval ${file}: ${label} ≥ recorded`, value, floor))
      }
      const floor = COMPROMISE[file]
      if (floor) {
        if (floor.entityF1 !== undefined) results.push(atLeast(`eval ${file}: entity F1 ≥ compromise`, now.entities?.f1, floor.entityF1))
        results.push(
          atLeast(`eval ${file}: quotation-marked quote F1@0.3 ≥ compromise`, marked.quotes?.f1_03, floor.quoteF1_03),
          atLeast(`eval ${file}: quotation-marked quote F1@0.8 ≥ compromise`, marked.quotes?.f1_08, floor.quoteF1_08)
        )
      }
    }
    return results
  }
}
