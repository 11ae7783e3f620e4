import { createHash } from 'node:crypto'
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { main } from '../../../src/cli/main'
import { BACKUP_FORMAT, MAX_BACKUP_MEDIA_FILE_BYTES } from '../../../src/core/formats/backup/Backup'
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

/** Every file under a folder, relative path → content (media/ files as base64, being bytes). */
async function tree(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  const walk = async (rel: string): Promise<void> => {
    for (const entry of await readdir(join(root, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) await walk(path)
      else files[path] = path.startsWith('media/') ? (await readFile(join(root, path))).toString('base64') : await readFile(join(root, path), 'utf8')
    }
  }
  await walk('')
  return files
}

/** Bytes that are not text: every byte value, so an encoding slip shows. */
const PHOTO_BYTES = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37 + 11) % 256)

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
  await mkdir(join(ws, 'media'), { recursive: true })
  await writeFile(join(ws, 'media', 'harbour.jpg'), PHOTO_BYTES)
  await writeFile(join(ws, 'media', 'Quay at dawn.png'), PHOTO_BYTES.subarray(0, 2)) // base64 with padding
  await writeFile(join(ws, 'media', 'empty.jpg'), new Uint8Array())
  await writeFile(join(ws, 'media', '.harbour.1a2b3c.tmp'), 'half-written: not a photo')
  return ws
}

describe('workspace backup', () => {
  it('backup → restore → backup gives the same bytes, and the restored workspace has the same files', async () => {
    const dir = await tmp()
    const ws = await richWorkspace(dir)
    const first = join(dir, 'first.json')
    const r1 = await run('backup', ws, '--out', first, '--json')
    expect(r1.err).toBe('')
    expect(JSON.parse(r1.out)).toMatchObject({ articles: 4, trash: 1, entities: 2, sources: 1, media: 3 })

    const restored = join(dir, 'restored')
    const r2 = await run('restore', first, '--workspace', restored)
    expect(r2.err).toBe('')
    expect(r2.out).toBe(`Restored 4 articles (1 in the trash), 2 entities, 1 source and 3 media files into ${restored}\n`)

    const second = join(dir, 'second.json')
    expect((await run('backup', restored, '--out', second)).code).toBe(0)
    expect(await readFile(second, 'utf8')).toBe(await readFile(first, 'utf8'))

    // Every workspace file comes back as it was (the workspace marker and the photos included;
    // not a half-written temp file).
    const before = await tree(ws)
    delete before['media/.harbour.1a2b3c.tmp']
    const after = await tree(restored)
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort())
    expect(new Uint8Array(await readFile(join(restored, 'media', 'harbour.jpg')))).toEqual(PHOTO_BYTES)
    expect(after['media/Quay at dawn.png']).toBe(before['media/Quay at dawn.png'])
    expect(after['media/empty.jpg']).toBe('')
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
    expect((await run('restore', file, '--workspace', ws)).err).toMatch(/^copydesk: 11 files already exist \(articles\/.*, …\) in /)
    // A photo in the way counts too.
    const other = join(dir, 'other')
    await mkdir(join(other, 'media'), { recursive: true })
    await writeFile(join(other, 'media', 'harbour.jpg'), 'another photo')
    expect((await run('restore', file, '--workspace', other)).err).toBe(
      `copydesk: media/harbour.jpg already exists in ${other}; restore never overwrites — use an empty folder or move them away\n`
    )
    expect(await tree(other)).toEqual({ 'media/harbour.jpg': Buffer.from('another photo').toString('base64') })
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
    expect(() => readBackup(text({ ...good, version: 3 }))).toThrow(/version 3, newer than this Copydesk reads/)
    const article = (good.articles as Record<string, unknown>[])[0]!
    expect(() => readBackup(text({ ...good, articles: [{ ...article, slug: '../../etc/passwd' }] }))).toThrow(/damaged at articles\[0\]\.slug/)
    expect(() => readBackup(text({ ...good, articles: [article, { ...article, id: '01JZOTHER0000000000000000' }] }))).toThrow(/two articles with the slug “harbour-board-defends-dredging”/)
    expect(() => readBackup(text({ ...good, entities: [{ id: 'a b', type: 'person', name: 'X', aliases: [] }] }))).toThrow(/damaged at entities\[0\]\.id/)
    expect(() => readBackup(text({ ...good, articles: [{ ...article, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 1 }] }] } }] }))).toThrow(
      /damaged at articles\[0\]\.body\.content\[0\]\.content\[0\]\.text/
    )
  })
})

describe('photos in the backup', () => {
  /** A backup of a workspace with one photo, as parsed JSON, and where it was written. */
  async function backupWithPhoto(): Promise<{ dir: string; json: Record<string, unknown>; media: Record<string, unknown> }> {
    const dir = await tmp()
    const ws = await richWorkspace(dir)
    const file = join(dir, 'b.json')
    expect((await run('backup', ws, '--out', file)).code).toBe(0)
    const json = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
    const media = (json.media as Record<string, unknown>[]).find((m) => m.file === 'media/harbour.jpg')!
    return { dir, json, media }
  }
  async function restoreJson(dir: string, json: unknown): Promise<{ code: number; err: string; target: string }> {
    const file = join(dir, `edited-${Math.random().toString(36).slice(2)}.json`)
    await writeFile(file, JSON.stringify(json))
    const target = join(dir, `target-${Math.random().toString(36).slice(2)}`)
    const r = await run('restore', file, '--workspace', target)
    return { code: r.code, err: r.err.replace(file, '<file>'), target }
  }
  const exists = (path: string): Promise<boolean> => readdir(path).then(
    () => true,
    () => false
  )

  it('holds each photo as base64 with its size and SHA-256, in file order; --no-media leaves them out', async () => {
    const { dir, json, media } = await backupWithPhoto()
    expect(json.version).toBe(2)
    expect((json.media as { file: string }[]).map((m) => m.file)).toEqual(['media/Quay at dawn.png', 'media/empty.jpg', 'media/harbour.jpg'])
    expect(media).toEqual({
      file: 'media/harbour.jpg',
      size: 1000,
      sha256: createHash('sha256').update(PHOTO_BYTES).digest('hex'),
      data: Buffer.from(PHOTO_BYTES).toString('base64')
    })
    const ws = join(dir, 'ws')
    const bare = join(dir, 'bare.json')
    const r = await run('backup', ws, '--out', bare, '--no-media')
    expect(r.out).toBe(`Backed up 4 articles (1 in the trash), 2 entities, 1 source and 0 media files → ${bare}\n`)
    expect(JSON.parse(await readFile(bare, 'utf8')).media).toEqual([])
  })

  it('a damaged photo is refused with one line naming it, and nothing at all is restored', async () => {
    const { dir, json, media } = await backupWithPhoto()
    const withMedia = (patch: Record<string, unknown>): unknown => ({
      ...json,
      media: (json.media as Record<string, unknown>[]).map((m) => (m.file === 'media/harbour.jpg' ? { ...m, ...patch } : m))
    })
    const data = media.data as string
    // One character changed: still base64 of the right length, but not the bytes that were saved.
    const flipped = await restoreJson(dir, withMedia({ data: (data[0] === 'A' ? 'B' : 'A') + data.slice(1) }))
    expect(flipped).toMatchObject({ code: 1, err: 'copydesk: <file>: the backup is damaged: the bytes of media/harbour.jpg do not match its checksum\n' })
    expect(await exists(flipped.target)).toBe(false)

    const cases: [unknown, RegExp][] = [
      [withMedia({ data: data.slice(0, -8) }), /damaged at media\[2\]\.data: does not hold as many bytes as its size says/],
      [withMedia({ data: `${data.slice(0, 10)}*${data.slice(11)}` }), /damaged at media\[2\]\.data: is not valid base64/],
      [withMedia({ sha256: 'abc' }), /damaged at media\[2\]\.sha256/],
      [withMedia({ file: 'media/../copydesk.json' }), /damaged at media\[2\]\.file: must be media\/<name>/],
      [withMedia({ file: 'articles/x.md' }), /damaged at media\[2\]\.file/],
      [withMedia({ file: 'media/.hidden' }), /damaged at media\[2\]\.file/],
      [withMedia({ file: 'media/a:b.jpg' }), /damaged at media\[2\]\.file/],
      [withMedia({ size: MAX_BACKUP_MEDIA_FILE_BYTES + 1 }), /damaged at media\[2\]\.size: must be at most 50 MB/],
      [withMedia({ extra: 1 }), /damaged at media\[2\]/],
      [withMedia({ file: 'media/EMPTY.jpg' }), /two media files named “media\/empty.jpg”/]
    ]
    for (const [value, message] of cases) {
      const r = await restoreJson(dir, value)
      expect(r.code, String(message)).toBe(1)
      expect(r.err).toMatch(message)
      expect(r.err.split('\n')).toHaveLength(2) // one line
      expect(await exists(r.target)).toBe(false)
    }
  })

  it('refuses more media than one backup holds, in the file and in the folder', async () => {
    const good = JSON.parse(writeBackup({ articles: [], trash: [], entities: [], sources: [] })) as Record<string, unknown>
    // The sizes are checked before the data (which here would not match them).
    const six = Array.from({ length: 6 }, (_, i) => ({ file: `media/p${i}.jpg`, size: 45 * 1024 * 1024, sha256: '0'.repeat(64), data: 'AAAA' }))
    expect(() => readBackup(JSON.stringify({ ...good, media: six }))).toThrow(/media files come to 270 MB, more than the 256 MB a backup holds/)

    const dir = await tmp()
    const ws = await richWorkspace(dir)
    await writeFile(join(ws, 'media', 'huge.tif'), new Uint8Array(MAX_BACKUP_MEDIA_FILE_BYTES + 1))
    const r = await run('backup', ws, '--out', join(dir, 'b.json'))
    expect(r).toMatchObject({ code: 1, err: 'copydesk: media/huge.tif is 51 MB; a backup holds media files up to 50 MB each (pass --no-media and copy media/ separately)\n' })
    expect(await readdir(dir)).toEqual(['ws'])
  })

  it('a version 1 backup (no media) still restores', async () => {
    const dir = await tmp()
    const v1 = { ...JSON.parse(writeBackup({ articles: [fixtureArticle()], trash: [], entities: [], sources: [] })), version: 1 }
    delete v1.media
    const backup = readBackup(JSON.stringify(v1))
    expect(backup.media).toEqual([])
    expect(backup.version).toBe(2)
    const r = await restoreJson(dir, v1)
    expect(r).toMatchObject({ code: 0, err: '' })
    expect(await readdir(join(r.target, 'articles'))).toEqual(['harbour-board-defends-dredging.md'])
  })
})
