import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { main } from '../../../src/cli/main'
import type { Finding } from '../../../src/core/checks/Finding'
import { writeArticleMarkdown } from '../../../src/core/formats/markdown/writeArticleMarkdown'
import { article, doc, entity, goodPhoto, p, quote } from './helpers/doc'

const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-check-'))
  dirs.push(dir)
  return dir
}

function capture() {
  let out = ''
  let err = ''
  return { io: { stdout: (t: string) => void (out += t), stderr: (t: string) => void (err += t) }, out: () => out, err: () => err }
}

/** Wire copy shaped like the seed sample, in our own words: a credit line, a subhead misquoting the body. */
const WIRE = [
  'Photo:: Jane Doe / Harbour Times',
  'Ferry crews in Bergen walked out on Monday, Reuters reports.',
  'Union: “The company has clearly ignored the crews”',
  'Union leader Piotr Nowak said: “The company has really ignored the crews with its silent treatment.”',
  ''
].join('\n')

describe('copydesk check', () => {
  it('prints the findings as JSON and exits 1 when errors block export', async () => {
    const dir = await tempDir()
    const file = join(dir, 'walkout.txt')
    await writeFile(file, WIRE)
    const c = capture()
    expect(await main(['check', file, '--json'], c.io)).toBe(1)
    expect(c.err()).toBe('')
    const out = JSON.parse(c.out()) as { file: string; blocksExport: boolean; counts: Record<string, number>; findings: Finding[] }
    expect(out.file).toBe(file)
    expect(out.blocksExport).toBe(true)
    const mismatch = out.findings.find((f) => f.id === 'quote-mismatch')
    expect(mismatch).toMatchObject({ severity: 'error', key: 'quote-mismatch:subhead:the company has clearly ignored the crews', target: { kind: 'body', blockIndex: 1 } })
    expect(out.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['missing-headline', 'photo-alt-text', 'photo-usage-terms', 'source-unattached']))
    expect(out.counts.error).toBe(1)
  })

  it('prints one line per finding and a summary without --json', async () => {
    const dir = await tempDir()
    const file = join(dir, 'walkout.txt')
    await writeFile(file, WIRE)
    const c = capture()
    expect(await main(['check', file], c.io)).toBe(1)
    const lines = c.out().trim().split('\n')
    expect(lines[0]).toMatch(/^error +¶2 +The subhead quotes “The company has clearly ignored the crews”/)
    expect(lines[lines.length - 1]).toMatch(/walkout\.txt: 1 error, \d+ warnings — export blocked$/)
  })

  it('exits 0 for a workspace article whose only error is overridden with a reason', async () => {
    const dir = await tempDir()
    const file = join(dir, 'clean.md')
    const a = article(
      doc(p('Union leader ', ['Piotr Nowak', entity('piotr-nowak')], ' said: ', ['“We will not sail.”', quote('q-1', { speakerId: 'piotr-nowak', verified: true })])),
      { photos: [goodPhoto({ creditLine: '' })], checkOverrides: [{ key: 'photo-credit:media/harbour.jpg', reason: 'Handout', at: '2025-03-04T09:00:00Z' }] }
    )
    await writeFile(file, writeArticleMarkdown(a))
    const c = capture()
    expect(await main(['check', file, '--json'], c.io)).toBe(0)
    const out = JSON.parse(c.out()) as { blocksExport: boolean; findings: Finding[] }
    expect(out.blocksExport).toBe(false)
    expect(out.findings).toEqual([expect.objectContaining({ key: 'photo-credit:media/harbour.jpg', overridden: { reason: 'Handout', at: '2025-03-04T09:00:00Z' } })])
  })

  it('reads the sources of --workspace', async () => {
    const ws = await tempDir()
    await mkdir(join(ws, 'sources'))
    await writeFile(join(ws, 'sources', 'harbour-gazette.yaml'), 'type: website\nname: Harbour Gazette\n')
    const file = join(ws, 'gazette.txt')
    await writeFile(file, 'The Harbour Gazette first wrote about the walkout.\n')
    const c = capture()
    await main(['check', file, '--json', '--workspace', ws], c.io)
    const out = JSON.parse(c.out()) as { findings: Finding[] }
    expect(out.findings.map((f) => f.key)).toContain('source-unattached:harbour-gazette')
  })

  it('refuses bad usage and missing files with one line', async () => {
    const c = capture()
    expect(await main(['check'], c.io)).toBe(2)
    expect(c.err()).toMatch(/^copydesk: check needs one file/)
    const m = capture()
    expect(await main(['check', '/nonexistent/nothing.txt'], m.io)).toBe(1)
    expect(m.err()).toBe('copydesk: no such file: /nonexistent/nothing.txt\n')
    expect(m.out()).toBe('')
  })
})
