import { spawn } from 'node:child_process'
import { mkdtemp, mkdir, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readIdentity } from '../../../src/core/sync/articleText'
import { SyncEngine } from '../../../src/core/sync/SyncEngine'
import { sha256Hex } from '../../../src/main/services/fs/sha256Hex'
import { NodeBaseStore } from '../../../src/main/services/sync/NodeBaseStore'
import { NodeFolderPort, type FaultOp } from '../../../src/main/services/sync/NodeFolderPort'
import { SyncState } from '../../../src/main/services/sync/SyncState'
import { MemoryApp } from './helpers/MemoryApp'

const made: string[] = []
afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })))
})

async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-sync-'))
  made.push(dir)
  const root = join(dir, 'ws')
  await mkdir(join(root, 'articles'), { recursive: true })
  await writeFile(join(root, 'copydesk.json'), '{"format":"copydesk-workspace","version":1}\n')
  return root
}

const doc = (id: string, paragraphs: string[]): string => `---\nid: ${id}\nheadline: H\n---\n${paragraphs.join('\n\n')}\n`
const errno = (code: string): Error => Object.assign(new Error(`${code}: injected`), { code })

/** Throws the queued errors for an op, one per call. */
function faults(plan: Partial<Record<FaultOp, (string | (() => Promise<void>))[]>>) {
  return async (op: FaultOp): Promise<void> => {
    const next = plan[op]?.shift()
    if (typeof next === 'string') throw errno(next)
    if (next) await next()
  }
}

async function engineOn(root: string, port: NodeFolderPort, app = new MemoryApp()) {
  const state = await SyncState.load(join(root, '..', 'sync-state.json'))
  const base = new NodeBaseStore(state, root, join(root, '..', 'sync-base'))
  let n = 0
  return { app, base, state, engine: new SyncEngine({ folder: port, base, app, newId: () => `NEW${++n}` }) }
}

describe('NodeFolderPort', () => {
  it('lists articles and trash with sha256 hashes; big files without a hash', async () => {
    const root = await workspace()
    await writeFile(join(root, 'articles', 'a.md'), 'a\n')
    await writeFile(join(root, 'articles', 'big.md'), 'x'.repeat(2000))
    await mkdir(join(root, '.trash', 'articles'), { recursive: true })
    await writeFile(join(root, '.trash', 'articles', 't.md'), 't\n')
    const listing = await new NodeFolderPort(root, { maxFileBytes: 1000 }).list()
    expect(listing).toMatchObject({
      ok: true,
      articlesDirPresent: true,
      files: [
        { path: '.trash/articles/t.md', hash: sha256Hex('t\n') },
        { path: 'articles/a.md', hash: sha256Hex('a\n') },
        { path: 'articles/big.md', hash: null, size: 2000 }
      ]
    })
  })

  it('reports an unmounted folder and a lost copydesk.json, never an empty listing', async () => {
    const root = await workspace()
    await rm(join(root, 'copydesk.json'))
    expect(await new NodeFolderPort(root).list()).toMatchObject({ ok: false, reason: 'notWorkspace' })
    await rm(root, { recursive: true })
    expect(await new NodeFolderPort(root).list()).toMatchObject({ ok: false, reason: 'unreachable' })
    await expect(new NodeFolderPort(root).write('articles/a.md', 'a', null)).rejects.toThrow(/not reachable/)
    await expect(readdir(root)).rejects.toThrow() // not recreated
  })

  it('writes with compare-and-swap', async () => {
    const root = await workspace()
    const port = new NodeFolderPort(root)
    expect(await port.write('articles/a.md', 'one\n', null)).toEqual({ ok: true, hash: sha256Hex('one\n') })
    expect(await port.write('articles/a.md', 'two\n', null)).toEqual({ ok: false, reason: 'changed', current: sha256Hex('one\n') })
    expect(await port.write('articles/a.md', 'two\n', sha256Hex('zero\n'))).toMatchObject({ ok: false, reason: 'changed' })
    expect(await port.write('articles/a.md', 'one\n', 'whatever')).toEqual({ ok: true, hash: sha256Hex('one\n') }) // already there
    expect(await port.write('articles/a.md', 'two\n', sha256Hex('one\n'))).toEqual({ ok: true, hash: sha256Hex('two\n') })
    expect(await readFile(join(root, 'articles', 'a.md'), 'utf8')).toBe('two\n')
  })

  it('retries EPERM and EBUSY, and looks at the file again before each retry', async () => {
    const root = await workspace()
    const port = new NodeFolderPort(root, { retry: { attempts: 4, delayMs: 1 }, faults: faults({ write: ['EPERM', 'EBUSY'], move: ['EBUSY', 'EPERM'] }) })
    expect(await port.write('articles/a.md', 'a\n', null)).toMatchObject({ ok: true })
    expect(await port.move('articles/a.md', 'articles/b.md', sha256Hex('a\n'))).toEqual({ ok: true })
    const stubborn = new NodeFolderPort(root, { retry: { attempts: 3, delayMs: 1 }, faults: faults({ write: ['EPERM', 'EPERM', 'EPERM'] }) })
    await expect(stubborn.write('articles/b.md', 'b\n', sha256Hex('a\n'))).rejects.toThrow(/EPERM/)
    // Someone else writes while we wait to retry: nothing is overwritten.
    const racing = new NodeFolderPort(root, {
      retry: { attempts: 3, delayMs: 1 },
      faults: faults({ write: [async () => { await writeFile(join(root, 'articles', 'b.md'), 'theirs\n'); throw errno('EBUSY') }] })
    })
    expect(await racing.write('articles/b.md', 'mine\n', sha256Hex('a\n'))).toEqual({ ok: false, reason: 'changed', current: sha256Hex('theirs\n') })
    expect(await readFile(join(root, 'articles', 'b.md'), 'utf8')).toBe('theirs\n')
  })

  it('moves without clobbering, and only the version it expects', async () => {
    const root = await workspace()
    const port = new NodeFolderPort(root)
    await writeFile(join(root, 'articles', 'a.md'), 'a\n')
    await writeFile(join(root, 'articles', 'b.md'), 'b\n')
    expect(await port.move('articles/a.md', 'articles/b.md', sha256Hex('a\n'))).toMatchObject({ ok: false, reason: 'targetExists' })
    expect(await port.move('articles/a.md', 'articles/c.md', sha256Hex('old\n'))).toMatchObject({ ok: false, reason: 'changed' })
    expect(await port.move('articles/a.md', '.trash/articles/a.md', sha256Hex('a\n'))).toEqual({ ok: true })
    expect(await port.move('articles/b.md', 'articles/B.md', sha256Hex('b\n'))).toEqual({ ok: true }) // case-only
    expect((await readdir(join(root, 'articles'))).sort()).toEqual(['B.md'])
    expect(await readFile(join(root, 'articles', 'B.md'), 'utf8')).toBe('b\n')
  })

  it('refuses paths that lead out of the workspace through a symlink', async () => {
    const root = await workspace()
    const outside = join(root, '..', 'outside')
    await mkdir(outside)
    await symlink(outside, join(root, 'articles', 'link'))
    await expect(new NodeFolderPort(root).write('articles/link/x.md', 'x', null)).rejects.toThrow(/symbolic link/)
  })

  it('does not take a file that changes while it is read', async () => {
    const root = await workspace()
    await writeFile(join(root, 'articles', 'a.md'), doc('A', ['one', 'two', 'three']))
    const port = new NodeFolderPort(root, { faults: faults({ readBody: [() => truncate(join(root, 'articles', 'a.md'), 10)] }) })
    expect(await port.read('articles/a.md')).toMatchObject({ ok: false, reason: 'error' })
    expect(await port.read('articles/a.md')).toMatchObject({ ok: true })
  })
})

describe('sync engine on a real folder', () => {
  it('creates, merges and trashes through the real port and base store', async () => {
    const root = await workspace()
    const { app, engine, state } = await engineOn(root, new NodeFolderPort(root))
    app.create('X', 'articles/x.md', doc('X', ['one', 'two', 'three']))
    await engine.run()
    expect(await readFile(join(root, 'articles', 'x.md'), 'utf8')).toBe(doc('X', ['one', 'two', 'three']))
    expect(state.get(root, 'articles/x.md')).toMatchObject({ hash: sha256Hex(doc('X', ['one', 'two', 'three'])), id: 'X' })
    app.edit('X', doc('X', ['one (app)', 'two', 'three']))
    await writeFile(join(root, 'articles', 'x.md'), doc('X', ['one', 'two', 'three (folder)']))
    const report = await engine.run()
    expect(report.applied.map((a) => a.kind)).toEqual(['merge'])
    expect(await readFile(join(root, 'articles', 'x.md'), 'utf8')).toBe(doc('X', ['one (app)', 'two', 'three (folder)']))
    await rm(join(root, 'articles', 'x.md'))
    await engine.run()
    expect(app.articles.get('X')).toMatchObject({ trashed: true })
    expect(await readFile(join(root, '.trash', 'articles', 'x.md'), 'utf8')).toBe(doc('X', ['one (app)', 'two', 'three (folder)']))
  })

  it('keeps merge bases across restarts (base store on disk)', async () => {
    const root = await workspace()
    const first = await engineOn(root, new NodeFolderPort(root))
    first.app.create('X', 'articles/x.md', doc('X', ['one', 'two']))
    await first.engine.run()
    // A new process: state and blobs come from disk; the store (app) survived.
    const second = await engineOn(root, new NodeFolderPort(root), first.app)
    second.app.edit('X', doc('X', ['one!', 'two']))
    await writeFile(join(root, 'articles', 'x.md'), doc('X', ['one', 'two!']))
    const report = await second.engine.run()
    expect(report.applied.map((a) => a.kind)).toEqual(['merge'])
    expect(await readFile(join(root, 'articles', 'x.md'), 'utf8')).toBe(doc('X', ['one!', 'two!']))
  })

  it('runs out of disk space without losing the edit', async () => {
    const root = await workspace()
    const port = new NodeFolderPort(root, { faults: faults({ write: [] }) })
    const { app, engine } = await engineOn(root, port)
    app.create('X', 'articles/x.md', doc('X', ['one']))
    await engine.run()
    app.edit('X', doc('X', ['one', 'two']))
    const full = await engineOn(root, new NodeFolderPort(root, { faults: faults({ write: ['ENOSPC'] }) }), app)
    const report = await full.engine.run()
    expect(report.errors.join()).toMatch(/ENOSPC/)
    expect(app.articles.get('X')?.pending).not.toBeNull()
    expect(await readFile(join(root, 'articles', 'x.md'), 'utf8')).toBe(doc('X', ['one']))
    await engine.run()
    expect(await readFile(join(root, 'articles', 'x.md'), 'utf8')).toBe(doc('X', ['one', 'two']))
  })

  it('the folder removed while syncing pauses the sync: nothing trashed, nothing recreated', async () => {
    const root = await workspace()
    const { app, engine } = await engineOn(root, new NodeFolderPort(root))
    for (const id of ['A', 'B', 'C']) app.create(id, `articles/${id.toLowerCase()}.md`, doc(id, [id]))
    await engine.run()
    for (const id of ['A', 'B', 'C']) app.edit(id, doc(id, [id, 'more']))
    const vanishing = await engineOn(root, new NodeFolderPort(root, { faults: faults({ write: [() => rm(root, { recursive: true })] }) }), app)
    const report = await vanishing.engine.run()
    expect(report.applied).toEqual([])
    expect([...app.articles.values()].some((a) => a.trashed)).toBe(false)
    await expect(readdir(root)).rejects.toThrow()
    expect((await vanishing.engine.run()).pause?.reason).toBe('unreachable')
  })

  it('survives a writer killed mid-write (SIGKILL): the file is one version or the other', async () => {
    const root = await workspace()
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'fixtures', 'killWriter.ts'), root, 'articles/k.md'], {
      cwd: join(__dirname, '..', '..', '..'),
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve())
      child.on('exit', (code) => reject(new Error(`writer exited early (${code}): ${stderr}`)))
    })
    await new Promise((r) => setTimeout(r, 30 + Math.random() * 100))
    child.kill('SIGKILL')
    await new Promise((r) => child.on('exit', r))
    const text = await readFile(join(root, 'articles', 'k.md'), 'utf8')
    expect(readIdentity(text)).toEqual({ ok: true, id: 'K', conflictOf: null })
    const version = (v: string): string => `---\nid: K\nheadline: ${v}\n---\n${`${v.repeat(200)}\n\n`.repeat(5000)}`
    expect(text === version('A') || text === version('B')).toBe(true)
    // Whatever temp file the kill left is not an article; the sync takes the file as it is.
    const { app, engine } = await engineOn(root, new NodeFolderPort(root))
    const report = await engine.run()
    expect(report.issues).toEqual([])
    expect(app.articles.get('K')?.content).toBe(text)
  }, 20_000)
})
