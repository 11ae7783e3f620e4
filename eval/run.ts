import { readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { EvalFigures } from './EvalFigures'
import type { Half } from './Half'
import { runEval } from './runEval'
import { SCORED_QUOTE_KINDS } from './scoredQuoteKinds'

// npm run eval -- <gold.jsonl> [--half dev|test|all] [--quote-kinds direct,partial|all] [--baseline]
//   prints the shared scorer's report and summary for the chosen half (default all);
//   --quote-kinds scores only those kinds of quote suggestion; by default a gold file is scored
//   on the kinds eval/scoredQuoteKinds.ts declares for it (GUM annotates only quotation-marked
//   speech, so its quotes are scored on direct and partial quotes), 'all' scores every one;
//   --baseline scores every half of every gold file given and records the figures in
//   eval/baseline.json (the regression guard the conformance suite reads), with the
//   quotation-marked-only figures and, for a file with declared kinds, the all-kinds figures
//   (recorded for comparison, not guarded).
const args = process.argv.slice(2)
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--half' && args[i - 1] !== '--quote-kinds')
const halfArg = args[args.indexOf('--half') + 1]
const quoteKinds = args.includes('--quote-kinds') ? args[args.indexOf('--quote-kinds') + 1].split(',') : undefined
const half: Half = args.includes('--half') ? (halfArg as Half) : 'all'
if (!files.length || !['dev', 'test', 'all'].includes(half)) {
  console.error('usage: npm run eval -- <gold.jsonl>… [--half dev|test|all] [--quote-kinds direct,partial|all] [--baseline]')
  process.exit(2)
}

if (args.includes('--baseline')) {
  const path = join(import.meta.dirname, 'baseline.json')
  let baseline: Record<string, Record<string, EvalFigures | Record<string, EvalFigures>>> = {}
  try {
    baseline = JSON.parse(readFileSync(path, 'utf8')) as typeof baseline
  } catch {
    baseline = {}
  }
  for (const file of files) {
    const perHalf: Record<string, EvalFigures | Record<string, EvalFigures>> = {}
    const marked: Record<string, EvalFigures> = {}
    for (const h of ['dev', 'test', 'all'] as const) {
      const figures = runEval(file, h).figures
      perHalf[h] = figures
      console.log(`${basename(file)} ${h.padEnd(4)} ${figures.summary}`)
      if (!figures.quotes) continue
      marked[h] = runEval(file, h, ['direct', 'partial']).figures
      console.log(`${basename(file)} ${h.padEnd(4)} quotation-marked only: ${marked[h].summary}`)
    }
    if (Object.keys(marked).length) perHalf.quotationMarkedOnly = marked
    if (SCORED_QUOTE_KINDS[basename(file)] && perHalf.all && (perHalf.all as EvalFigures).quotes) {
      const every: Record<string, EvalFigures> = {}
      for (const h of ['dev', 'test', 'all'] as const) {
        every[h] = runEval(file, h, ['all']).figures
        console.log(`${basename(file)} ${h.padEnd(4)} every kind of quote: ${every[h].summary}`)
      }
      perHalf.allQuoteKinds = every
    }
    baseline[basename(file)] = perHalf
  }
  writeFileSync(path, JSON.stringify(baseline, null, 2) + '\n')
  console.log(`wrote ${path}`)
} else {
  for (const file of files) {
    const { report } = runEval(file, half, quoteKinds)
    console.log(`# ${basename(file)} (${half}${quoteKinds ? `, quotes of kind ${quoteKinds.join('/')}` : ''})`)
    console.log(report.trimEnd())
  }
}
