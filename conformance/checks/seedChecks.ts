import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Finding } from '../../src/core/checks/Finding'
import type { ParsedArticle } from '../../src/core/model/Article'
import type { NodeJSON } from '../../src/core/model/DocJSON'
import type { CheckGroup } from '../CheckGroup'
import type { CheckResult } from '../CheckResult'
import { check } from '../check'
import { runCli } from '../runCli'
import { seedLines } from './seedLines'

interface CheckOutput {
  blocksExport: boolean
  findings: Finding[]
}

const text = (node: NodeJSON): string =>
  node.type === 'text' ? (node.text ?? '') : node.type === 'hardBreak' ? ' ' : (node.content ?? []).map(text).join('')

async function checkJson(path: string): Promise<{ code: number; stderr: string; out: CheckOutput | null; raw: string }> {
  const { code, stdout, stderr } = await runCli(['check', path, '--json'])
  try {
    return { code, stderr, out: JSON.parse(stdout) as CheckOutput, raw: stdout }
  } catch {
    return { code, stderr, out: null, raw: stdout }
  }
}

/**
 * Preflight checks on the seed sample through the real CLI (`copydesk check <seed> --json`):
 * the subhead that quotes words the body's quote does not say is an error pointing at the
 * quotation, and the name spelled two ways (Araqchi / Arakchi) is a warning. The expected
 * quotation is read from the shared file, never copied here.
 */
export const seedChecks: CheckGroup = {
  name: 'seed checks',
  async run(shared) {
    const seed = seedLines(shared)
    const results: CheckResult[] = []
    const { code, stderr, out, raw } = await checkJson(seed.path)
    results.push(check('seed checks: CLI check exits 1 (an error blocks export) with nothing on stderr', code === 1 && stderr === '', `exit ${code}: ${stderr.trim()}`))
    if (!out) return [...results, check('seed checks: CLI prints only JSON with --json', false, raw.slice(0, 200))]

    // The body as imported, to read back the text each finding points at.
    const imported = await runCli(['import', seed.path, '--json'])
    const article = JSON.parse(imported.stdout) as ParsedArticle
    const blockText = (i: number): string => (article.body.content[i] ? text(article.body.content[i]!) : '')
    const pointedAt = (f: Finding | undefined): string => (f?.target?.kind === 'body' ? blockText(f.target.blockIndex).slice(f.target.from, f.target.to) : '')

    const quotedSubheads = seed.subheads.filter((s) => /[“"‘]/.test(s))
    results.push(check('seed checks: the sample has a subhead with a quotation', quotedSubheads.length === 1, `found ${quotedSubheads.length}`))
    const subhead = quotedSubheads[0] ?? ''
    const quotation = /[“"‘][^”"’]+[”"’]/.exec(subhead)?.[0] ?? ''
    const mismatches = out.findings.filter((f) => f.id === 'quote-mismatch')
    const mismatch = mismatches[0]
    results.push(
      check(
        'seed checks: the subhead quotation the body does not say is one error, pointing at the quotation',
        mismatches.length === 1 && mismatch?.severity === 'error' && !mismatch.overridden && pointedAt(mismatch) === quotation && blockText(mismatch.blockIndex ?? -1) === subhead,
        JSON.stringify(mismatches.map((f) => ({ key: f.key, at: pointedAt(f) })))
      )
    )
    const bodyQuote = seed.paragraphs.map((p) => /“(Russia has really[^”]*)”/.exec(p)?.[1]).find(Boolean) ?? '\u0000'
    results.push(check("seed checks: the mismatch message quotes the body's words", !!mismatch?.message.includes(bodyQuote), mismatch?.message ?? 'no finding'))

    const variants = out.findings.filter((f) => f.id === 'spelling-variant')
    const araqchi = variants.find((f) => f.message.includes('“Araqchi”') && f.message.includes('“Arakchi”'))
    results.push(
      check(
        'seed checks: Araqchi / Arakchi is flagged as one name spelled two ways',
        araqchi?.severity === 'warning' && ['Araqchi', 'Arakchi'].includes(pointedAt(araqchi)),
        JSON.stringify(variants.map((f) => f.message))
      )
    )
    const errors = out.findings.filter((f) => f.severity === 'error').map((f) => f.key)
    results.push(check('seed checks: no other errors (the photo has its credit line)', errors.length === 1, JSON.stringify(errors)))
    results.push(check('seed checks: JSON reports that export is blocked', out.blocksExport === true, String(out.blocksExport)))

    // The same sample with the subhead quoting the body's words exactly: no mismatch left.
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-seed-checks-'))
    try {
      const fixedQuote = bodyQuote.split(/\s+/).slice(0, 5).join(' ')
      const fixed = readFileSync(seed.path, 'utf8').replace(quotation, `“${fixedQuote}”`)
      const path = join(dir, 'seed-fixed.txt')
      writeFileSync(path, fixed)
      const after = await checkJson(path)
      const left = after.out?.findings.filter((f) => f.id === 'quote-mismatch') ?? null
      results.push(
        check('seed checks: a subhead quoting part of the body quote exactly passes, and export is no longer blocked', left?.length === 0 && after.code === 0, `exit ${after.code}, ${JSON.stringify(left)}`)
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    return results
  }
}
