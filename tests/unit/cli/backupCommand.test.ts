import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { main } from '../../../src/cli/main'
import { BACKUP_FORMAT } from '../../../src/core/formats/backup/Backup'
import { readBackup } from '../../../src/core/formats/backup/readBackup'
import { writeBackup } from '../../../src/core/formats/backup/writeBackup'
import { readArticleMarkdown } from '../../../src/core/formats/markdown/readArticleMarkdown'
import { writeArticleMarkdown } from '../../../src/core/formats/markdown/writeArticleMarkdown'
import { fixtureArticle } from '../export/fixtureArticle'

const SAMPLE = join(import.meta.dirname, '../../../resources/sample-workspace')
const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})
async function tmp(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'copydesk-backup-'))
  dirs.push(d)
  return d
}
async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await main(argv, { stdout: (t) => void (out += t), stderr: (t) => void (err += t) })
  return { code, out, err }
}

/** Every file under a folder, relative path → content. */
async function tree(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  const walk = async (rel: string): Promise<void> => {
    for (const entry of await readdir(join(root, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) await walk(path)
      else files[path] = await readFile(join(root, path), 'utf8')
    }
  }
  await walk('')
  return files
}

/** The sample workspace plus a registry, a trashed article and a fully tagged one with every metadata field. */
async function richWorkspace(dir: string): Promise<string> {
  const ws = join(dir, 'ws')
  await cp(SAMPLE, ws, { recursive: true })
  await mkdir(join(ws, 'entities'), { recursive: true })
  await mkdir(join(ws, 'sources'), { recursive: true })
  await mkdir(join(ws, '.trash', 'articles'), { recursive: true })
  await writeFile(join(ws, 'entities', 'rune-haldorsen.yaml'), 'type: person\nname: Rune Haldorsen\naliases:\n  - Haldorsen\nwikidata: Q999000222\nrole: union chair\n')
  await writeFile(join(ws, 'entities', 'haldorsen.yaml'), 'type: person\nname: Haldorsen\nmergedInto: rune-haldorsen\n')
  await writeFile(join(ws, 'sources', 'valley-post.yaml'), 'type: wire\nname: Valley Post\nurl: https://valleypost.example/\naccessDate: 2025-06-12\n')
  await writeFile(join(ws, 'articles', 'harbour-board-defends-dredging.md'), writeArticleMarkdown(fixtureArticle()))
  await writeFile(join(ws, '.trash', 'articles', 'old-draft.md'), '---\nid: 01JZTRASH00000000000000001\nheadline: Old draft\nstatus: draft\ncreatedAt: 2025-01-01T00:00:00.000Z\nupdatedAt: 2025-01-01T00:00:00.000Z\n---\nGone but kept.\n')
  return ws
}

describe('workspace backup', () => {
  it('backup → restore → backup gives the same bytes, and the restored workspace has the same files', async () => {
    const dir = await tmp()
    const ws = await richWorkspace(dir)
    const first = join(dir, 'first.json')
    const r1 = await run('backup', ws, '--out', first, '--json')
    expect(r1.err).toBe('')
    expect(JSON.parse(r1.out)).toMatchObject({ articles: 4, trash: 1, entities: 2, sources: 1 })

    const restored = join(dir, 'restored')
    const r2 = await run('restore', first, '--workspace', restored)
    expect(r2.err).toBe('')
    expect(r2.out).toBe(`Restored 4 articles (1 in the trash), 2 entities and 1 source into ${restored}\n`)

    const second = join(dir, 'second.json')
    expect((await run('backup', restored, '--out', second)).code).toBe(0)
    expect(await readFile(second, 'utf8')).toBe(await readFile(first, 'utf8'))

    // Every workspace file comes back as it was (the workspace marker included).
    const before = await tree(ws)
    const after = await tree(restored)
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort())
    for (const file of ['articles/harbour-board-defends-dredging.md', 'articles/rail-union-calls-off-strike-after-overnight-talks.md', '.trash/articles/old-draft.md']) {
      expect(after[file], file).toBe(before[file])
    }
    expect(after['entities/rune-haldorsen.yaml']).toBe(before['entities/rune-haldorsen.yaml'])
    expect(after['sources/valley-post.yaml']).toBe(before['sources/valley-post.yaml'])

    const backup = readBackup(await readFile(first, 'utf8'))
    const article = backup.articles.find((a) => a.slug === 'harbour-board-defends-dredging')!
    // Everything of the article is in it, the desk's own bookkeeping included (the body as read from its file).
    const body = readArticleMarkdown(writeArticleMarkdown(fixtureArticle())).body
    expect(article).toEqual({ ...fixtureArticle(), body })
  })

  it('restore refuses to overwrite: nothing is written when any file is already there', async () => {
    const dir = await tmp()
    const ws = await richWorkspace(dir)
    const file = join(dir, 'b.json')
    expect((await run('backup', ws, '--out', file)).code).toBe(0)
    const target = join(dir, 'target')
    await mkdir(join(target, 'entities'), { recursive: true })
    await writeFile(join(target, 'entities', 'haldorsen.yaml'), 'type: person\nname: Someone else\n')
    const r = await run('restore', file, '--workspace', target)
    expect(r.code).toBe(1)
    expect(r.err).toBe(`copydesk: entities/haldorsen.yaml already exists in ${target}; restore never overwrites — use an empty folder or move them away\n`)
    expect(await tree(target)).toEqual({ 'entities/haldorsen.yaml': 'type: person\nname: Someone else\n' })
    // Restoring over the workspace it came from lists how many files are in the way.
    expect((await run('restore', file, '--workspace', ws)).err).toMatch(/^copydesk: 8 files already exist \(articles\/.*, …\) in /)
  })

  it('backup does not replace an existing file without --force', async () => {
    const dir = await tmp()
    const ws = await richWorkspace(dir)
    const file = join(dir, 'b.json')
    await writeFile(file, 'keep')
    const r = await run('backup', ws, '--out', file)
    expect(r).toMatchObject({ code: 1, err: `copydesk: ${file} already exists; pass --force to overwrite it\n` })
    expect(await readFile(file, 'utf8')).toBe('keep')
    expect((await run('backup', ws, '--out', file, '--force')).code).toBe(0)
    expect(JSON.parse(await readFile(file, 'utf8')).format).toBe(BACKUP_FORMAT)
  })

  it('readBackup validates the whole file before anything is restored', () => {
    const good = JSON.parse(writeBackup({ articles: [fixtureArticle()], trash: [], entities: [], sources: [] })) as Record<string, unknown>
    const text = (value: unknown): string => JSON.stringify(value)
    expect(readBackup(text(good)).articles[0]).toEqual(fixtureArticle())
    expect(() => readBackup('{')).toThrow(/not valid JSON/)
    expect(() => readBackup(text({ ...good, format: 'other' }))).toThrow(/not a Copydesk backup/)
    expect(() => readBackup(text({ ...good, version: 2 }))).toThrow(/version 2, newer than this Copydesk reads/)
    const article = (good.articles as Record<string, unknown>[])[0]!
    expect(() => readBackup(text({ ...good, articles: [{ ...article, slug: '../../etc/passwd' }] }))).toThrow(/damaged at articles\[0\]\.slug/)
    expect(() => readBackup(text({ ...good, articles: [article, { ...article, id: '01JZOTHER0000000000000000' }] }))).toThrow(/two articles with the slug “harbour-board-defends-dredging”/)
    expect(() => readBackup(text({ ...good, entities: [{ id: 'a b', type: 'person', name: 'X', aliases: [] }] }))).toThrow(/damaged at entities\[0\]\.id/)
    expect(() => readBackup(text({ ...good, articles: [{ ...article, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 1 }] }] } }] }))).toThrow(
      /damaged at articles\[0\]\.body\.content\[0\]\.content\[0\]\.text/
    )
  })
})
