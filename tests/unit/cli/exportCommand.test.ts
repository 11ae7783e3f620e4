import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { main } from '../../../src/cli/main'

const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})
async function tmp(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'copydesk-export-'))
  dirs.push(d)
  return d
}
function capture() {
  let out = ''
  let err = ''
  return { io: { stdout: (t: string) => void (out += t), stderr: (t: string) => void (err += t) }, out: () => out, err: () => err }
}
async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const c = capture()
  const code = await main(argv, c.io)
  return { code, out: c.out(), err: c.err() }
}

/** A tagged article: a person with a Wikidata id, a quote with its speaker, a credited photo. */
const CLEAN = `---
id: 01JZEXPORT0000000000000001
headline: Dockers return after crane review
status: ready
createdAt: 2026-03-02T08:00:00.000Z
updatedAt: 2026-03-02T09:00:00.000Z
bylines: [Tomas Varga]
dateline:
  place: KIRKVIK
  date: 2026-03-02
photos:
  - creditLine: Jonas Berg / Nordic Pictures
    caption: Dockers at the gate.
    altText: Dockers at the gate
    usageTerms: Editorial use only
sources: [coastal-ledger]
---
Union leader [Mara Lindqvist]{.person entity="mara-lindqvist"} said: [“We are going back tomorrow.”]{.quote quote="01JZQ0000000000000000000001" speaker="mara-lindqvist" kind="direct" verified="true"}
`

/** An article whose quote has no speaker: an error that blocks export. */
const BLOCKED = `---
id: 01JZEXPORT0000000000000002
headline: Ferry strike goes on
status: draft
createdAt: 2026-03-02T08:00:00.000Z
updatedAt: 2026-03-02T09:00:00.000Z
photos: []
---
A spokesman said: [“Nothing has changed.”]{.quote quote="01JZQ0000000000000000000002" kind="direct" verified="false"}
`

async function workspace(dir: string, articles: Record<string, string>): Promise<string> {
  const ws = join(dir, 'ws')
  await mkdir(join(ws, 'articles'), { recursive: true })
  await mkdir(join(ws, 'entities'), { recursive: true })
  await mkdir(join(ws, 'sources'), { recursive: true })
  await writeFile(join(ws, 'copydesk.json'), '{"format":"copydesk-workspace","version":1}\n')
  for (const [slug, text] of Object.entries(articles)) await writeFile(join(ws, 'articles', `${slug}.md`), text)
  await writeFile(join(ws, 'entities', 'mara-lindqvist.yaml'), 'type: person\nname: Mara Lindqvist\nwikidata: Q999000111\n')
  await writeFile(join(ws, 'sources', 'coastal-ledger.yaml'), 'type: wire\nname: Coastal Ledger\n')
  return ws
}

describe('copydesk export', () => {
  it('exports every article of a workspace, named from the slugs, with the registry resolving names and ids', async () => {
    const dir = await tmp()
    const ws = await workspace(dir, { 'dockers-return': CLEAN })
    const out = join(dir, 'out')
    const r = await run('export', ws, '--format', 'nitf,md,html', '--out', out)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect((await readdir(out)).sort()).toEqual(['dockers-return.html', 'dockers-return.md', 'dockers-return.nitf.xml'])
    expect(r.out).toContain(`Exported 1 article as nitf, md, html to ${out}`)
    const nitf = await readFile(join(out, 'dockers-return.nitf.xml'), 'utf8')
    expect(nitf).toContain('<person idsrc="http://www.wikidata.org/entity/" value="Q999000111" cd:entity="mara-lindqvist">Mara Lindqvist</person>')
    expect(nitf).toMatch(/<q class="direct" quote-source="Mara Lindqvist"[^>]*>“We are going back tomorrow\.”<\/q>/)
    expect(nitf).toContain('<media-producer>Jonas Berg / Nordic Pictures</media-producer>')
    expect(nitf).toContain('Coastal Ledger')
    const md = await readFile(join(out, 'dockers-return.md'), 'utf8')
    expect(md).toContain('[Mara Lindqvist]{.person entity="mara-lindqvist"}')
  })

  it('exports one file in each format asked for, named from the file name', async () => {
    const dir = await tmp()
    const file = join(dir, 'Harbour Strike.txt')
    await writeFile(file, 'Photo:: Marta Lind / Baltic Wire\nHarbour strike ends\nThe strike ended on Friday.\n')
    const out = join(dir, 'out')
    const r = await run('export', file, '--format', 'txt', '--format', 'ninjs3', '--out', out, '--json')
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out) as { formats: string[]; articles: { slug: string; files: string[] }[] }
    expect(json.formats).toEqual(['txt', 'ninjs3'])
    expect(json.articles[0]!.slug).toBe('harbour-strike')
    expect(json.articles[0]!.files).toEqual([join(out, 'harbour-strike.txt'), join(out, 'harbour-strike.ninjs3.json')])
    expect(await readFile(join(out, 'harbour-strike.txt'), 'utf8')).toContain('Photo: Marta Lind / Baltic Wire')
    expect(JSON.parse(await readFile(join(out, 'harbour-strike.ninjs3.json'), 'utf8')).headlines[0].value).toBe('Harbour strike ends')
  })

  it('refuses an article whose checks have errors, writing nothing, unless a reason is given', async () => {
    const dir = await tmp()
    const ws = await workspace(dir, { 'dockers-return': CLEAN, 'ferry-strike': BLOCKED })
    const out = join(dir, 'out')
    const refused = await run('export', ws, '--format', 'nitf', '--out', out)
    expect(refused.code).toBe(1)
    expect(refused.out).toBe('')
    expect(refused.err).toMatch(/^copydesk: ferry-strike \(.*speaker.*\) has errors that block export; fix them \(copydesk check\) or pass --allow-errors "<reason>" to export anyway\n$/)
    await expect(readdir(out)).rejects.toThrow()

    const empty = await run('export', ws, '--format', 'nitf', '--out', out, '--allow-errors', '  ')
    expect(empty.code).toBe(2)
    expect(empty.err).toContain('--allow-errors needs a reason')

    const allowed = await run('export', ws, '--format', 'nitf', '--out', out, '--allow-errors', 'Spokesman named in the next edit', '--json')
    expect(allowed.code).toBe(0)
    const json = JSON.parse(allowed.out) as { allowErrors: string; articles: { slug: string; errorsAllowed: boolean; errors: string[] }[] }
    expect(json.allowErrors).toBe('Spokesman named in the next edit')
    expect(json.articles.map((a) => [a.slug, a.errorsAllowed])).toEqual([
      ['dockers-return', false],
      ['ferry-strike', true]
    ])
    expect(json.articles[1]!.errors[0]).toMatch(/speaker/)
    expect((await readdir(out)).sort()).toEqual(['dockers-return.nitf.xml', 'ferry-strike.nitf.xml'])
  })

  it('never overwrites an existing file without --force, and says so', async () => {
    const dir = await tmp()
    const ws = await workspace(dir, { 'dockers-return': CLEAN })
    const out = join(dir, 'out')
    await mkdir(out)
    await writeFile(join(out, 'dockers-return.html'), 'mine')
    const refused = await run('export', ws, '--format', 'md,html', '--out', out)
    expect(refused.code).toBe(1)
    expect(refused.err).toBe(`copydesk: ${join(out, 'dockers-return.html')} already exists; pass --force to overwrite it\n`)
    // Nothing was written, not even the file that was free.
    expect(await readdir(out)).toEqual(['dockers-return.html'])
    expect(await readFile(join(out, 'dockers-return.html'), 'utf8')).toBe('mine')

    const forced = await run('export', ws, '--format', 'md,html', '--out', out, '--force')
    expect(forced.code).toBe(0)
    expect(await readFile(join(out, 'dockers-return.html'), 'utf8')).toContain('<!DOCTYPE html>')
    expect((await readdir(out)).sort()).toEqual(['dockers-return.html', 'dockers-return.md'])
  })

  it('reports bad input in one line with a usage exit code', async () => {
    const dir = await tmp()
    const ws = await workspace(dir, { 'dockers-return': CLEAN })
    expect(await run('export', ws, '--out', dir)).toMatchObject({ code: 2, err: expect.stringContaining('export needs --format') })
    expect(await run('export', ws, '--format', 'pdf', '--out', dir)).toMatchObject({ code: 2, err: expect.stringContaining('unknown format "pdf"') })
    expect(await run('export', ws, '--format', 'nitf')).toMatchObject({ code: 2, err: expect.stringContaining('--out') })
    expect(await run('export', '--format', 'nitf', '--out', dir)).toMatchObject({ code: 2 })
    await mkdir(join(dir, 'plain'))
    expect(await run('export', join(dir, 'plain'), '--format', 'nitf', '--out', join(dir, 'o'))).toMatchObject({
      code: 1,
      err: expect.stringContaining('not a Copydesk workspace')
    })
    expect(await run('export', join(dir, 'missing.txt'), '--format', 'nitf', '--out', join(dir, 'o'))).toMatchObject({
      code: 1,
      err: `copydesk: no such file: ${join(dir, 'missing.txt')}\n`
    })
  })
})
