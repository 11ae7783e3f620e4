import { writeFile } from 'node:fs/promises'
import type { Figure, ResultEntry } from './Figure'
import type { Machine } from './machine'
import { round } from './stats'

function ratioOf(f: Figure): number | undefined {
  return f.baseline !== undefined && f.baseline > 0 ? f.value / f.baseline : undefined
}

function fmt(value: number): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

export function toResults(figures: Figure[]): ResultEntry[] {
  return figures.map((f) => {
    const entry: ResultEntry = { name: f.name, value: round(f.value, 3), unit: f.unit }
    const ratio = ratioOf(f)
    if (f.baseline !== undefined) entry.baseline = round(f.baseline, 3)
    if (ratio !== undefined) entry.ratio = round(ratio, 3)
    return entry
  })
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

export function toMarkdown(figures: Figure[], machine: Machine, date: Date, totalSeconds: number, notes: string[]): string {
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/run.ts); the same figures are in `bench/results.json`.',
    'Every baseline was measured in the same run as its figure; ratio = value / baseline.',
    '',
    `- Date: ${date.toISOString()}`,
    `- CPU: ${machine.cpu}, ${machine.cores} cores`,
    `- Memory: ${machine.memoryGiB} GiB`,
    `- Node: ${machine.node} (${machine.platform})`,
    `- Chromium: ${machine.chromium} (system /usr/bin/chromium, headless)`,
    `- Whole bench run: ${Math.round(totalSeconds)} s`,
    '',
    '| Figure | Value | Unit | Baseline | Ratio | What was measured |',
    '| --- | ---: | --- | ---: | ---: | --- |'
  ]
  for (const f of figures) {
    const ratio = ratioOf(f)
    lines.push(
      `| ${cell(f.title)} (\`${f.name}\`) | ${fmt(f.value)} | ${f.unit} | ${f.baseline === undefined ? '—' : fmt(f.baseline)} | ${
        ratio === undefined ? '—' : `${fmt(ratio)}×`
      } | ${cell(f.measured)} |`
    )
  }
  lines.push('', '## Method', '', ...notes.map((n) => `- ${n}`), '')
  return lines.join('\n')
}

export async function writeReports(paths: { markdown: string; json: string }, figures: Figure[], markdown: string): Promise<void> {
  await writeFile(paths.json, JSON.stringify(toResults(figures), null, 2) + '\n')
  await writeFile(paths.markdown, markdown)
}
