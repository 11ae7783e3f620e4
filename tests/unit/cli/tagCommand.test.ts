import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { main } from '../../../src/cli/main'
import { readArticleMarkdown } from '../../../src/core/formats/markdown/readArticleMarkdown'
import { collectTags } from '../../../src/core/registry/collectTags'

const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})
async function tmp(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'copydesk-tag-'))
  dirs.push(d)
  return d
}
function capture() {
  let out = ''
  let err = ''
  return { io: { stdout: (t: string) => void (out += t), stderr: (t: string) => void (err += t) }, out: () => out, err: () => err }
}

const WIRE = [
  'Photo:: Jonas Berg/Nordic Pictures',
  'Dockers walk out at Kirkvik after crane collapse',
  'Union leader Mara Lindqvist said on Friday that the strike would go on until the review was published.',
  '“We warned them in March,” Lindqvist told reporters in Kirkvik.',
  ''
].join('\n')

describe('copydesk tag', () => {
  it('applies suggestions, links a surname to the full name, adds new entities to the workspace, writes workspace Markdown', async () => {
    const dir = await tmp()
    const ws = join(dir, 'ws')
    await mkdir(join(ws, 'entities'), { recursive: true })
    await writeFile(join(ws, 'entities', 'kirkvik.yaml'), 'type: place\nname: Kirkvik\n')
    const input = join(dir, 'wire.txt')
    await writeFile(input, WIRE)
    const out = join(dir, 'out', 'dockers.md')
    const c = capture()
    expect(await main(['tag', input, '--out', out, '--workspace', ws, '--json'], c.io)).toBe(0)
    const summary = JSON.parse(c.out())
    expect(summary.created).toContainEqual({ id: 'mara-lindqvist', type: 'person', name: 'Mara Lindqvist' })
    expect(summary.created.map((e: { id: string }) => e.id)).not.toContain('kirkvik')

    const markdown = await readFile(out, 'utf8')
    expect(markdown).toContain('[Mara Lindqvist]{.person entity="mara-lindqvist"}')
    expect(markdown).toContain('[Lindqvist]{.person entity="mara-lindqvist"}')
    expect(markdown).toContain('[Kirkvik]{.place entity="kirkvik"}')
    const article = readArticleMarkdown(markdown)
    expect(article.photos[0]!.creditLine).toBe('Jonas Berg/Nordic Pictures')
    const quotes = collectTags(article.body).quotes
    expect(quotes.find((q) => q.text.startsWith('“We warned them'))?.speakerId).toBe('mara-lindqvist')
    expect(await readFile(join(ws, 'entities', 'mara-lindqvist.yaml'), 'utf8')).toBe('type: person\nname: Mara Lindqvist\n')
  })

  it('--min-confidence 1 applies nothing; without --workspace no registry file is written', async () => {
    const dir = await tmp()
    const input = join(dir, 'wire.txt')
    await writeFile(input, WIRE)
    const out = join(dir, 'plain.md')
    const c = capture()
    expect(await main(['tag', input, '--out', out, '--min-confidence', '1'], c.io)).toBe(0)
    expect(await readFile(out, 'utf8')).not.toContain('{.')
    expect((await readdir(dir)).sort()).toEqual(['plain.md', 'wire.txt'])
  })

  it('refuses bad usage with one line and exit 2', async () => {
    const dir = await tmp()
    const input = join(dir, 'wire.txt')
    await writeFile(input, WIRE)
    for (const args of [['tag', input], ['tag', input, '--out', join(dir, 'x.html')], ['tag', input, '--out', join(dir, 'x.md'), '--min-confidence', 'high']]) {
      const c = capture()
      expect(await main(args, c.io)).toBe(2)
      expect(c.err().trim().split('\n')).toHaveLength(1)
    }
  })
})
