import { readFile, writeFile } from 'node:fs/promises'
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
  for (const f of figures) lines.push(tableRow(f))
  lines.push('', '## Method', '', ...notes.map((n) => `- ${n}`), '')
  return lines.join('\n')
}

function tableRow(f: Figure): string {
  const ratio = ratioOf(f)
  return `| ${cell(f.title)} (\`${f.name}\`) | ${fmt(f.value)} | ${f.unit} | ${f.baseline === undefined ? '—' : fmt(f.baseline)} | ${
    ratio === undefined ? '—' : `${fmt(ratio)}×`
  } | ${cell(f.measured)} |`
}

/**
 * For steps run alone (`npm run bench -- sync`): replaces these figures' rows in the existing
 * BENCHMARKS.md (or adds them at the end of the table) and their entries in results.json,
 * keeping every other figure, and records when and where they were measured in a header line
 * of their own (`- <label>: …`, replaced on the next such run). Without a BENCHMARKS.md it
 * writes a fresh one.
 */
export async function mergeReports(
  paths: { markdown: string; json: string },
  figures: Figure[],
  run: { label: string; machine: Machine; date: Date; totalSeconds: number; notes: string[] }
): Promise<void> {
  const { label, machine, date, totalSeconds, notes } = run
  let existing: string | null = null
  try {
    existing = await readFile(paths.markdown, 'utf8')
  } catch {
    existing = null
  }
  if (existing === null || !existing.includes('| Figure | Value |')) {
    await writeReports(paths, figures, toMarkdown(figures, machine, date, totalSeconds, notes))
    return
  }
  const lines = existing.split('\n')
  const rowName = (line: string): string | undefined => /^\| .*? \(`([^`]+)`\) \|/.exec(line)?.[1]
  const pending = new Map(figures.map((f) => [f.name, f]))
  for (const [i, line] of lines.entries()) {
    const name = rowName(line)
    const f = name === undefined ? undefined : pending.get(name)
    if (f) {
      lines[i] = tableRow(f)
      pending.delete(f.name)
    }
  }
  const header = lines.findIndex((l) => l.startsWith('| Figure | Value |'))
  let end = header + 2
  while (end < lines.length && lines[end]!.startsWith('| ')) end++
  lines.splice(end, 0, ...figures.filter((f) => pending.has(f.name)).map(tableRow))
  const stamp =
    `- ${label}: ${date.toISOString()}, run alone, ${Math.round(totalSeconds)} s (${machine.cpu}, ${machine.cores} cores, ` +
    `${machine.memoryGiB} GiB, Node ${machine.node}); the other figures are from the run above`
  const old = lines.findIndex((l) => l.startsWith(`- ${label}: `))
  if (old >= 0) lines[old] = stamp
  else {
    const after = lines.findIndex((l) => l.startsWith('- Whole bench run:'))
    lines.splice(after >= 0 ? after + 1 : header - 1, 0, stamp)
  }
  await writeFile(paths.markdown, lines.join('\n'))

  let results: ResultEntry[] = []
  try {
    results = JSON.parse(await readFile(paths.json, 'utf8')) as ResultEntry[]
  } catch {
    results = []
  }
  const fresh = new Map(toResults(figures).map((r) => [r.name, r]))
  const merged = results.map((r) => fresh.get(r.name) ?? r)
  for (const r of fresh.values()) if (!results.some((x) => x.name === r.name)) merged.push(r)
  await writeFile(paths.json, JSON.stringify(merged, null, 2) + '\n')
}

export async function writeReports(paths: { markdown: string; json: string }, figures: Figure[], markdown: string): Promise<void> {
  await writeFile(paths.json, JSON.stringify(toResults(figures), null, 2) + '\n')
  await writeFile(paths.markdown, markdown)
}
