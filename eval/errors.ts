import { basename } from 'node:path'
import { suggest } from '../src/core/suggest/suggest'
import type { QuoteSuggestion } from '../src/core/suggest/QuoteSuggestion'
import type { GoldDoc } from './GoldDoc'
import { readJsonl } from './readJsonl'
import { selectHalf } from './selectHalf'

// node --import tsx eval/errors.ts <gold.jsonl> [--entities] [--quotes] [--speakers] [--doc ID] [--t 0.3]
// Error analysis on the DEV half only (the half the rules are tuned on; the test half is never
// printed): entity false positives / negatives (strict), quote false positives / negatives at the
// GGT threshold (greedy gold-order matching as in the shared scorer), and wrong speakers.
interface GoldEntity { start: number; end: number; type: string; text: string }
interface GoldQuote { start: number; end: number; text: string; speaker: string | null; speaker_ref?: string; speaker_start?: number; speaker_end?: number }

const args = process.argv.slice(2)
const file = args.find((a, i) => !a.startsWith('--') && !['--doc', '--t'].includes(args[i - 1]))
if (!file) {
  console.error('usage: node --import tsx eval/errors.ts <gold.jsonl> [--entities] [--quotes] [--speakers] [--doc ID] [--t 0.3]')
  process.exit(2)
}
const only = args.includes('--doc') ? args[args.indexOf('--doc') + 1] : undefined
const threshold = args.includes('--t') ? Number(args[args.indexOf('--t') + 1]) : 0.3
const all = !args.includes('--entities') && !args.includes('--quotes') && !args.includes('--speakers')
const show = (k: string) => all || args.includes(`--${k}`)
const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 60)} … ${s.slice(-55)}` : s).replace(/\n/g, '¶')

const score = (g: { start: number; end: number }, p: { start: number; end: number }) =>
  Math.max(0, Math.min(g.end, p.end) - Math.max(g.start, p.start)) / (g.end - g.start)

const totals = { efp: 0, efn: 0, qfp: 0, qfn: 0, spk: 0, tp: 0 }
for (const doc of selectHalf(readJsonl<GoldDoc>(file), 'dev')) {
  if (only && doc.id !== only) continue
  const r = suggest(doc.text)
  const lines: string[] = []
  const has = new Set(doc.has ?? [])
  if (has.has('entities') && show('entities')) {
    const gold = doc.entities as GoldEntity[]
    const key = (e: { start: number; end: number; type: string }) => `${e.start}:${e.end}:${e.type}`
    const gk = new Set(gold.map(key))
    const pk = new Set(r.entities.map(key))
    for (const e of r.entities) {
      // The scorer ignores types other than person / organization / place.
      if (gk.has(key(e)) || !['person', 'organization', 'place'].includes(e.type)) continue
      totals.efp++
      const near = gold.find((g) => g.start < e.end && e.start < g.end)
      lines.push(`  E-FP ${e.type.padEnd(12)} ${JSON.stringify(e.text)}${near ? `   (gold ${near.type} ${JSON.stringify(near.text)})` : ''}  @${e.start}`)
    }
    for (const g of gold) {
      if (pk.has(key(g))) continue
      totals.efn++
      const near = r.entities.find((e) => g.start < e.end && e.start < g.end)
      lines.push(`  E-FN ${g.type.padEnd(12)} ${JSON.stringify(g.text)}${near ? `   (pred ${near.type} ${JSON.stringify(near.text)})` : ''}  @${g.start}`)
    }
  }
  if (has.has('quotes') && (show('quotes') || show('speakers'))) {
    const gold = doc.quotes as GoldQuote[]
    let remaining: QuoteSuggestion[] = r.quotes
    for (const g of gold) {
      let best: QuoteSuggestion | undefined
      let max = 0
      for (const p of remaining) {
        const s = score(g, p)
        if (s > threshold && s > max) {
          max = s
          best = p
        }
      }
      if (!best) {
        totals.qfn++
        if (show('quotes')) lines.push(`  Q-FN ${JSON.stringify(clip(g.text))} [speaker ${g.speaker ?? '-'}]`)
        continue
      }
      totals.tp++
      const chosen = best
      remaining = remaining.filter((p) => p !== chosen)
      if (!show('speakers') || (!g.speaker && !g.speaker_ref)) continue
      const ps = chosen.speaker
      const spanOk = g.speaker_start !== undefined && ps?.start !== undefined && ps.end !== undefined &&
        Math.min(g.speaker_end ?? 0, ps.end) > Math.max(g.speaker_start, ps.start)
      if (!spanOk) {
        totals.spk++
        const mention = ps?.start !== undefined ? doc.text.slice(ps.start, ps.end) : '-'
        lines.push(`  SPK  gold ${JSON.stringify(g.speaker)}${g.speaker_ref ? ` (${g.speaker_ref})` : ''} pred ${JSON.stringify(mention)} → ${ps?.name ?? '-'} [${chosen.kind}] ${JSON.stringify(clip(chosen.text, 100))}`)
      }
    }
    if (show('quotes')) {
      for (const p of remaining) {
        totals.qfp++
        lines.push(`  Q-FP [${p.kind}${p.cue ? ` ${p.cue}` : ''}] ${JSON.stringify(clip(p.text))} [speaker ${p.speaker?.name ?? '-'}]`)
      }
    }
  }
  if (lines.length) console.log(`# ${doc.id}\n${lines.join('\n')}`)
}
console.log(`${basename(file)} dev: entity FP ${totals.efp} FN ${totals.efn} | quotes tp ${totals.tp} FP ${totals.qfp} FN ${totals.qfn} | speaker wrong (offsets) ${totals.spk}`)
