import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SyncState } from '../../../src/main/services/sync/SyncState'
import { WorkspaceStore } from '../../../src/main/services/workspace/WorkspaceStore'
import { captureLog } from './helpers/captureLog'
import { makeStore } from './helpers/makeStore'
import { tempDirs } from './helpers/tempDirs'

const tmp = tempDirs()
const sha = (s: string | Uint8Array): string => createHash('sha256').update(s).digest('hex')

describe('WorkspaceStore.ensureLayout', () => {
  it('creates copydesk.json and the folders, and never overwrites', async () => {
    const root = join(await tmp(), 'ws')
    const { store } = await makeStore(root, await tmp())
    expect(JSON.parse(await readFile(join(root, 'copydesk.json'), 'utf8'))).toEqual({ format: 'copydesk-workspace', version: 1 })
    expect((await readdir(root)).sort()).toEqual(['articles', 'copydesk.json', 'entities', 'media', 'sources'])

    await writeFile(join(root, 'copydesk.json'), '{"format":"copydesk-workspace","version":2,"mine":true}')
    await writeFile(join(root, 'articles', 'keep.md'), 'keep')
    await store.ensureLayout()
    expect(await readFile(join(root, 'copydesk.json'), 'utf8')).toBe('{"format":"copydesk-workspace","version":2,"mine":true}')
    expect(await readFile(join(root, 'articles', 'keep.md'), 'utf8')).toBe('keep')
  })
})

describe('WorkspaceStore scan/read/write', () => {
  it('round-trips write → scan → read and records hashes in SyncState', async () => {
    const root = await tmp()
    const { store, sync } = await makeStore(root, await tmp())
    const content = '---\nheadline: Kremlin says\n---\n“Russia has really supported Iran,” Peskov said.\n'
    const res = await store.write('articles/kremlin.md', content, null)
    expect(res).toEqual({ ok: true, hash: sha(content) })
    expect(await readFile(join(root, 'articles', 'kremlin.md'), 'utf8')).toBe(content)

    expect(await store.scan()).toEqual([{ file: 'articles/kremlin.md', hash: sha(content), trashed: false }])
    const read = await store.read(['articles/kremlin.md', 'articles/gone.md'])
    expect(read).toEqual({
      files: [{ file: 'articles/kremlin.md', content, hash: sha(content), trashed: false }],
      missing: ['articles/gone.md']
    })
    expect(sync.get(root, 'articles/kremlin.md')?.hash).toBe(sha(content))
  })

  it('lists only articles/*.md and .trash/articles/*.md, skipping dot-files, temp files and folders', async () => {
    const root = await tmp()
    const { store } = await makeStore(root, await tmp())
    await writeFile(join(root, 'articles', 'a.md'), 'a')
    await writeFile(join(root, 'articles', '.#a.md'), 'lock')
    await writeFile(join(root, 'articles', 'a.md.123456'), 'temp')
    await writeFile(join(root, 'articles', 'notes.txt'), 'txt')
    await mkdir(join(root, 'articles', 'sub.md'))
    await writeFile(join(root, 'entities', 'x.md'), 'not an article')
    await mkdir(join(root, '.trash', 'articles'), { recursive: true })
    await writeFile(join(root, '.trash', 'articles', 'old.md'), 'old')
    expect(await store.scan()).toEqual([
      { file: '.trash/articles/old.md', hash: sha('old'), trashed: true },
      { file: 'articles/a.md', hash: sha('a'), trashed: false }
    ])
  })

  it('trusts cached hashes of old files but re-hashes a file edited within the same clock tick (racy mtime)', async () => {
    const root = await tmp()
    const { store } = await makeStore(root, await tmp())
    const file = join(root, 'articles', 'a.md')
    const past = new Date(Date.now() - 60_000)
    await writeFile(file, 'aaaa')
    await utimes(file, past, past)
    expect((await store.scan())[0]?.hash).toBe(sha('aaaa'))
    expect(await store.scan()).toHaveLength(1)
    expect(store.lastScanStats).toEqual({ files: 1, hashed: 0, cached: 1 })

    // A fresh file keeps the same size and (on a coarse clock) the same mtime after a second
    // edit: the cache must not answer for it.
    const tick = new Date()
    await writeFile(file, 'bbbb')
    await utimes(file, tick, tick)
    expect((await store.scan())[0]?.hash).toBe(sha('bbbb'))
    await writeFile(file, 'cccc')
    await utimes(file, tick, tick)
    expect((await store.scan())[0]?.hash).toBe(sha('cccc'))
    expect(store.lastScanStats).toEqual({ files: 1, hashed: 1, cached: 0 })
  })

  it('compare-and-swap: conflict when the disk changed since baseHash, nothing written', async () => {
    const root = await tmp()
    const { store } = await makeStore(root, await tmp())
    const first = await store.write('articles/a.md', 'first\n', null)
    if (!first.ok) throw new Error('first write failed')
    // Someone else (Syncthing, a text editor) changes the file.
    await writeFile(join(root, 'articles', 'a.md'), 'edited elsewhere\n')
    const res = await store.write('articles/a.md', 'my edit\n', first.hash)
    expect(res).toEqual({ ok: false, reason: 'conflict', diskHash: sha('edited elsewhere\n') })
    expect(await readFile(join(root, 'articles', 'a.md'), 'utf8')).toBe('edited elsewhere\n')

    // Writing on top of what is there now succeeds.
    expect(await store.write('articles/a.md', 'my edit\n', sha('edited elsewhere\n'))).toEqual({ ok: true, hash: sha('my edit\n') })
  })

  it('compare-and-swap: same content already on disk is ok; baseHash null over other content is "exists"', async () => {
    const root = await tmp()
    const { store } = await makeStore(root, await tmp())
    await writeFile(join(root, 'articles', 'a.md'), 'same\n')
    expect(await store.write('articles/a.md', 'same\n', 'stale-hash')).toEqual({ ok: true, hash: sha('same\n') })
    expect(await store.write('articles/a.md', 'same\n', null)).toEqual({ ok: true, hash: sha('same\n') })
    expect(await store.write('articles/a.md', 'different\n', null)).toEqual({ ok: false, reason: 'exists', diskHash: sha('same\n') })
    expect(await readFile(join(root, 'articles', 'a.md'), 'utf8')).toBe('same\n')
  })

  it('recreates a file deleted elsewhere even with a baseHash (never lose a word), and a deleted articles/ folder', async () => {
    const root = await tmp()
    const { store } = await makeStore(root, await tmp())
    const first = await store.write('articles/a.md', 'v1\n', null)
    if (!first.ok) throw new Error('first write failed')
    await rm(join(root, 'articles'), { recursive: true })
    expect(await store.write('articles/a.md', 'v2\n', first.hash)).toEqual({ ok: true, hash: sha('v2\n') })
    expect(await readFile(join(root, 'articles', 'a.md'), 'utf8')).toBe('v2\n')
  })

  it('serialises concurrent writes so exactly one of two racing CAS writes wins', async () => {
    const root = await tmp()
    const { store } = await makeStore(root, await tmp())
    const base = await store.write('articles/a.md', 'base\n', null)
    if (!base.ok) throw new Error('base write failed')
    const [a, b] = await Promise.all([
      store.write('articles/a.md', 'from window A\n', base.hash),
      store.write('articles/a.md', 'from window B\n', base.hash)
    ])
    expect(a).toEqual({ ok: true, hash: sha('from window A\n') })
    expect(b).toEqual({ ok: false, reason: 'conflict', diskHash: sha('from window A\n') })
  })

  it('only writes articles/<name>.md and registry files', async () => {
    const root = await tmp()
    const { store } = await makeStore(root, await tmp())
    await expect(store.write('copydesk.json', '{}', null)).rejects.toThrow(/Only articles\/<name>\.md, entities\/<id>\.yaml/)
    await expect(store.write('entities/x.txt', 'x', null)).rejects.toThrow(/Only articles/)
    await expect(store.write('entities/bad id.yaml', 'x', null)).rejects.toThrow(/Only articles/)
    await expect(store.write('media/x.yaml', 'x', null)).rejects.toThrow(/Only articles/)
    await expect(store.write('.trash/articles/x.md', 'x', null)).rejects.toThrow(/Only articles/)
    await expect(store.write('articles/sub/x.md', 'x', null)).rejects.toThrow(/Only articles/)
    await expect(store.write('articles/x.txt', 'x', null)).rejects.toThrow(/Only articles/)
    await expect(store.write('articles/.x.md', 'x', null)).rejects.toThrow(/Only articles/)
    await expect(store.write('../x.md', 'x', null)).rejects.toThrow(/\.\./)
    await expect(store.write('/tmp/x.md', 'x', null)).rejects.toThrow(/Absolute/)
    await mkdir(join(root, 'articles', 'dir.md'))
    await expect(store.write('articles/dir.md', 'x', null)).rejects.toThrow(/Not a file/)
  })

  it('refuses to write through a symlink that leads out of the workspace', async () => {
    const root = await tmp()
    const outside = await tmp()
    const { store } = await makeStore(root, await tmp())
    await writeFile(join(outside, 'target.md'), 'outside')
    await symlink(join(outside, 'target.md'), join(root, 'articles', 'evil.md'))
    await expect(store.write('articles/evil.md', 'pwned', sha('outside'))).rejects.toThrow(/symbolic link/)
    expect(await readFile(join(outside, 'target.md'), 'utf8')).toBe('outside')
  })

  it('reports an unreachable workspace instead of an empty one', async () => {
    const root = await tmp()
    const { store } = await makeStore(root, await tmp())
    await writeFile(join(root, 'articles', 'a.md'), 'a')
    await rm(join(root, 'copydesk.json'))
    await expect(store.scan()).rejects.toThrow(/not reachable or is not a Copydesk workspace/)
    await expect(store.write('articles/b.md', 'b', null)).rejects.toThrow(/not reachable/)

    const gone = new WorkspaceStore(join(root, 'unplugged-drive'), await SyncState.load(join(root, 's.json'), { log: captureLog() }))
    await expect(gone.scan()).rejects.toThrow(/not reachable/)
    await expect(gone.write('articles/a.md', 'a', null)).rejects.toThrow(/not reachable/)
    await expect(stat(join(root, 'unplugged-drive'))).rejects.toThrow() // nothing created on the wrong disk
  })

  it('reads non-UTF-8 bytes without failing; the hash is of the bytes on disk', async () => {
    const root = await tmp()
    const { store } = await makeStore(root, await tmp())
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]) // "café" in Latin-1
    await writeFile(join(root, 'articles', 'latin1.md'), bytes)
    const { files } = await store.read(['articles/latin1.md'])
    expect(files[0]?.hash).toBe(sha(bytes))
    expect(files[0]?.content).toBe('caf\uFFFD\n')
  })
})

describe('WorkspaceStore trash/restore/empty', () => {
  it('moves to trash and back, picking -2, -3… when a name is taken', async () => {
    const root = await tmp()
    const { store, sync } = await makeStore(root, await tmp())
    await store.write('articles/a.md', 'one\n', null)
    expect(await store.trash('articles/a.md')).toBe('.trash/articles/a.md')
    await store.write('articles/a.md', 'two\n', null)
    expect(await store.trash('articles/a.md')).toBe('.trash/articles/a-2.md')
    await store.write('articles/a.md', 'three\n', null)
    expect(await store.trash('articles/a.md')).toBe('.trash/articles/a-3.md')
    expect(sync.get(root, '.trash/articles/a-2.md')?.hash).toBe(sha('two\n'))
    expect(sync.get(root, 'articles/a.md')).toBeUndefined()

    expect(await store.scan()).toEqual([
      { file: '.trash/articles/a-2.md', hash: sha('two\n'), trashed: true },
      { file: '.trash/articles/a-3.md', hash: sha('three\n'), trashed: true },
      { file: '.trash/articles/a.md', hash: sha('one\n'), trashed: true }
    ])

    expect(await store.restore('.trash/articles/a.md')).toBe('articles/a.md')
    await store.write('articles/a-2.md', 'occupied\n', null)
    // a-2.md restores to articles/a-2.md, which is taken, so it becomes a-2-2.md.
    expect(await store.restore('.trash/articles/a-2.md')).toBe('articles/a-2-2.md')
    expect(await readFile(join(root, 'articles', 'a-2-2.md'), 'utf8')).toBe('two\n')
    expect(await readFile(join(root, 'articles', 'a-2.md'), 'utf8')).toBe('occupied\n')

    const read = await store.read(['.trash/articles/a-3.md'])
    expect(read.files[0]?.trashed).toBe(true)
  })

  it('restore never overwrites an article with the same name', async () => {
    const root = await tmp()
    const { store } = await makeStore(root, await tmp())
    await store.write('articles/a.md', 'trashed copy\n', null)
    await store.trash('articles/a.md')
    await store.write('articles/a.md', 'new article\n', null)
    expect(await store.restore('.trash/articles/a.md')).toBe('articles/a-2.md')
    expect(await readFile(join(root, 'articles', 'a.md'), 'utf8')).toBe('new article\n')
    expect(await readFile(join(root, 'articles', 'a-2.md'), 'utf8')).toBe('trashed copy\n')
  })

  it('writes and scans registry files apart from articles', async () => {
    const root = await tmp()
    const { store } = await makeStore(root, await tmp())
    expect(await store.write('entities/ines-kovac.yaml', 'type: person\nname: Ines Kovač\n', null)).toMatchObject({ ok: true })
    expect(await store.write('sources/valley-post.yaml', 'type: website\nname: Valley Post\n', null)).toMatchObject({ ok: true })
    await store.write('articles/a.md', 'x\n', null)
    await writeFile(join(root, 'entities', 'notes.txt'), 'stray')
    expect((await store.scanRegistry()).map((f) => f.file)).toEqual(['entities/ines-kovac.yaml', 'sources/valley-post.yaml'])
    expect((await store.scan()).map((f) => f.file)).toEqual(['articles/a.md'])
    expect(await store.write('entities/ines-kovac.yaml', 'changed', sha('other'))).toMatchObject({ ok: false, reason: 'conflict' })
  })

  it('renames an article file without overwriting another, keeping its sync record', async () => {
    const root = await tmp()
    const { store, sync } = await makeStore(root, await tmp())
    await store.write('articles/untitled.md', 'draft\n', null)
    await store.write('articles/ferry-strike.md', 'other story\n', null)
    expect(await store.rename('articles/untitled.md', 'ferry-strike')).toBe('articles/ferry-strike-2.md')
    expect(await readFile(join(root, 'articles', 'ferry-strike.md'), 'utf8')).toBe('other story\n')
    expect(await readFile(join(root, 'articles', 'ferry-strike-2.md'), 'utf8')).toBe('draft\n')
    expect(sync.get(root, 'articles/ferry-strike-2.md')?.hash).toBe(sha('draft\n'))
    expect(sync.get(root, 'articles/untitled.md')).toBeUndefined()
    expect(await store.rename('articles/ferry-strike-2.md', 'ferry-strike-2')).toBe('articles/ferry-strike-2.md')
  })

  it('refuses wrong paths and missing files clearly', async () => {
    const root = await tmp()
    const { store } = await makeStore(root, await tmp())
    await expect(store.trash('articles/none.md')).rejects.toThrow(/No such article: "articles\/none.md"/)
    await expect(store.trash('.trash/articles/x.md')).rejects.toThrow(/Expected a path like articles\/<name>\.md/)
    await expect(store.restore('articles/x.md')).rejects.toThrow(/Expected a path like \.trash\/articles\/<name>\.md/)
    await expect(store.trash('copydesk.json')).rejects.toThrow(/Expected a path like/)
    await expect(store.trash('../a.md')).rejects.toThrow(/\.\./)
  })

  it('empties the trash (only .md files) and returns the count', async () => {
    const root = await tmp()
    const { store, sync } = await makeStore(root, await tmp())
    expect(await store.emptyTrash()).toBe(0)
    for (const n of ['a', 'b', 'c']) {
      await store.write(`articles/${n}.md`, `${n}\n`, null)
      await store.trash(`articles/${n}.md`)
    }
    await writeFile(join(root, '.trash', 'articles', 'readme.txt'), 'not ours')
    await store.write('articles/live.md', 'live\n', null)
    expect(await store.emptyTrash()).toBe(3)
    expect(await readdir(join(root, '.trash', 'articles'))).toEqual(['readme.txt'])
    expect(await store.scan()).toEqual([{ file: 'articles/live.md', hash: sha('live\n'), trashed: false }])
    expect(sync.entries(root).map(([f]) => f)).toEqual(['articles/live.md'])
  })
})
