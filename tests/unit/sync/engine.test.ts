import { describe, expect, it } from 'vitest'
import { readIdentity } from '../../../src/core/sync/articleText'
import { decideAppUpdate } from '../../../src/core/sync/decideAppUpdate'
import { MemoryBaseStore, MemoryFolder, type MemoryFolderOptions } from '../../../src/core/sync/memory'
import { SyncAbort } from '../../../src/core/sync/ports'
import { SyncEngine } from '../../../src/core/sync/SyncEngine'
import { MemoryApp } from './helpers/MemoryApp'

const doc = (id: string | null, paragraphs: string[], headline = 'H'): string =>
  `---\n${id ? `id: ${id}\n` : ''}headline: ${headline}\n---\n${paragraphs.join('\n\n')}\n`

function device(folder: MemoryFolder, name = 'a') {
  const app = new MemoryApp()
  const base = new MemoryBaseStore()
  let n = 0
  const engine = new SyncEngine({ folder, base, app, newId: () => `${name.toUpperCase()}NEW${++n}`, now: () => Date.UTC(2025, 5, 1, 12, 0, 0) })
  return { app, base, engine }
}

function setup(opts: MemoryFolderOptions = {}) {
  const folder = new MemoryFolder(opts)
  return { folder, a: device(folder, 'a'), b: device(folder, 'b') }
}

/** One article created in app a and synced to the folder and to app b. */
async function shared(paragraphs = ['one', 'two', 'three'], opts: MemoryFolderOptions = {}) {
  const s = setup(opts)
  s.a.app.create('X', 'articles/x.md', doc('X', paragraphs))
  await s.a.engine.run()
  await s.b.engine.run()
  return s
}

describe('sync engine', () => {
  it('writes a new article, and the other app picks it up', async () => {
    const { folder, a, b } = await shared()
    expect(folder.get('articles/x.md')).toBe(doc('X', ['one', 'two', 'three']))
    expect(a.app.articles.get('X')).toMatchObject({ pending: null, fileHash: folder.hash(doc('X', ['one', 'two', 'three'])) })
    expect(b.app.articles.get('X')).toMatchObject({ path: 'articles/x.md', content: doc('X', ['one', 'two', 'three']), pending: null })
  })

  it('pushes the app’s edit straight to an unchanged file, and leaves everything else to a full run', async () => {
    const { folder, a } = await shared()
    a.app.edit('X', doc('X', ['one (app)', 'two', 'three']))
    a.app.create('N', 'articles/n.md', doc('N', ['new']))
    const pushed = await a.engine.push(await a.app.snapshot())
    expect(pushed.left).toEqual(['N'])
    expect(folder.get('articles/x.md')).toBe(doc('X', ['one (app)', 'two', 'three']))
    expect(folder.get('articles/n.md')).toBeUndefined()
    await a.app.apply(pushed.updates)
    expect(a.app.articles.get('X')).toMatchObject({ pending: null, fileHash: folder.hash(doc('X', ['one (app)', 'two', 'three'])) })

    // The folder changed meanwhile: the push refuses to write over it; the full run merges.
    a.app.edit('X', doc('X', ['one (app)', 'two', 'three (app)']))
    folder.put('articles/x.md', doc('X', ['one (folder)', 'two', 'three']))
    const refused = await a.engine.push(await a.app.snapshot())
    expect(refused.left.sort()).toEqual(['N', 'X'])
    expect(folder.get('articles/x.md')).toBe(doc('X', ['one (folder)', 'two', 'three']))
    const report = await a.engine.run()
    expect(report.applied.map((x) => x.kind).sort()).toEqual(['create', 'merge'])
    expect(folder.get('articles/x.md')).toBe(doc('X', ['one (folder)', 'two', 'three (app)']))
  })

  it('merges edits to different paragraphs from the app and the folder', async () => {
    const { folder, a } = await shared()
    a.app.edit('X', doc('X', ['one (app)', 'two', 'three']))
    folder.put('articles/x.md', doc('X', ['one', 'two', 'three (folder)', 'four']))
    const report = await a.engine.run()
    const merged = doc('X', ['one (app)', 'two', 'three (folder)', 'four'])
    expect(report.applied.map((x) => x.kind)).toEqual(['merge'])
    expect(folder.get('articles/x.md')).toBe(merged)
    expect(a.app.articles.get('X')).toMatchObject({ content: merged, pending: null })
  })

  it('keeps both versions of overlapping edits: the app’s in place, the folder’s as a conflict copy', async () => {
    const { folder, a, b } = await shared()
    a.app.edit('X', doc('X', ['one', 'two (app)', 'three']))
    folder.put('articles/x.md', doc('X', ['one', 'two (folder)', 'three']))
    const report = await a.engine.run()
    expect(report.issues).toMatchObject([{ kind: 'conflict', id: 'X', copyId: 'ANEW1', copyPath: 'articles/x-conflict-20250601-120000.md' }])
    expect(folder.get('articles/x.md')).toBe(doc('X', ['one', 'two (app)', 'three']))
    const copy = folder.get('articles/x-conflict-20250601-120000.md')!
    expect(readIdentity(copy)).toEqual({ ok: true, id: 'ANEW1', conflictOf: 'X' })
    expect(copy).toContain('two (folder)')
    expect(a.app.articles.get('ANEW1')).toMatchObject({ conflictOf: 'X', content: copy })
    await b.engine.run()
    expect(b.app.articles.get('ANEW1')?.content).toBe(copy)
  })

  it('re-checks the file before overwriting: a change that arrives after the scan is merged, not lost', async () => {
    const { folder, a } = await shared()
    a.app.edit('X', doc('X', ['one (app)', 'two', 'three']))
    const late = doc('X', ['one', 'two', 'three (late)'])
    let injected = false
    const racing = new MemoryFolder()
    // Same folder content, plus an edit that lands between the listing and the write.
    for (const { path, text } of folder.entries()) racing.put(path, text)
    const engine = new SyncEngine({
      folder: new Proxy(racing, {
        get(target, prop, receiver) {
          if (prop === 'write' && !injected) {
            return async (...args: Parameters<MemoryFolder['write']>) => {
              injected = true
              racing.put('articles/x.md', late)
              return target.write(...args)
            }
          }
          const v = Reflect.get(target, prop, receiver)
          return typeof v === 'function' ? v.bind(target) : v
        }
      }),
      base: a.base,
      app: a.app,
      newId: () => 'N'
    })
    const report = await engine.run()
    expect(report.skipped).toHaveLength(1)
    expect(report.passes).toBe(2)
    expect(racing.get('articles/x.md')).toBe(doc('X', ['one (app)', 'two', 'three (late)']))
    expect(a.app.articles.get('X')?.pending).toBeNull()
  })

  it('detects a rename in the folder by the id, case-only and NFD renames included', async () => {
    const { folder, a } = await shared(['p'], { caseInsensitive: true, normalizationInsensitive: true })
    folder.rename('articles/x.md', 'articles/X.md')
    await a.engine.run()
    expect(a.app.articles.get('X')?.path).toBe('articles/X.md')
    folder.rename('articles/X.md', 'articles/caf\u0065\u0301.md')
    const report = await a.engine.run()
    expect(report.applied.map((x) => x.kind)).toEqual(['rename', 'prune'])
    expect(a.app.articles.get('X')?.path).toBe('articles/caf\u0065\u0301.md')
    a.app.edit('X', doc('X', ['p', 'q']))
    await a.engine.run()
    expect(folder.paths().filter((p) => p.startsWith('articles/'))).toEqual(['articles/caf\u0065\u0301.md'])
  })

  it('renames for the app without clobbering, a case-only change included', async () => {
    const { folder, a } = await shared(['p'], { caseInsensitive: true })
    folder.put('articles/taken.md', doc('T', ['t']))
    expect(await a.engine.renameArticle('X', 'taken')).toEqual({ ok: true, path: 'articles/taken-2.md' })
    expect(await a.engine.renameArticle('X', 'TAKEN-2')).toEqual({ ok: true, path: 'articles/TAKEN-2.md' })
    expect(folder.get('articles/taken.md')).toBe(doc('T', ['t']))
    folder.put('articles/TAKEN-2.md', doc('X', ['changed outside']))
    expect((await a.engine.renameArticle('X', 'other')).ok).toBe(false)
  })

  it('edit beats delete: a file deleted in the folder but edited in the app comes back', async () => {
    const { folder, a } = await shared()
    a.app.edit('X', doc('X', ['one', 'two', 'three', 'four']))
    folder.remove('articles/x.md')
    const report = await a.engine.run()
    expect(report.issues).toMatchObject([{ kind: 'editBeatsDelete', id: 'X' }])
    expect(folder.get('articles/x.md')).toBe(doc('X', ['one', 'two', 'three', 'four']))
  })

  it('edit beats delete: an app trash of a file the folder changed meanwhile is undone', async () => {
    const { folder, a } = await shared()
    a.app.trash('X')
    folder.put('articles/x.md', doc('X', ['one', 'two', 'three', 'more']))
    const report = await a.engine.run()
    expect(report.issues).toMatchObject([{ kind: 'editBeatsDelete', id: 'X' }])
    expect(a.app.articles.get('X')).toMatchObject({ trashed: false, content: doc('X', ['one', 'two', 'three', 'more']) })
    expect(folder.get('articles/x.md')).toBe(doc('X', ['one', 'two', 'three', 'more']))
  })

  it('a file deleted in the folder goes to the app’s trash, with a copy in the folder’s trash', async () => {
    const { folder, a } = await shared()
    folder.remove('articles/x.md')
    await a.engine.run()
    expect(a.app.articles.get('X')).toMatchObject({ trashed: true, path: '.trash/articles/x.md' })
    expect(folder.get('.trash/articles/x.md')).toBe(doc('X', ['one', 'two', 'three']))
  })

  it('trashes and restores from the app through the folder’s trash', async () => {
    const { folder, a, b } = await shared()
    a.app.trash('X')
    await a.engine.run()
    expect(folder.paths()).toEqual(['.trash/articles/x.md'])
    await b.engine.run()
    expect(b.app.articles.get('X')).toMatchObject({ trashed: true, path: '.trash/articles/x.md' })
    a.app.restore('X')
    await a.engine.run()
    expect(folder.paths()).toEqual(['articles/x.md'])
    await b.engine.run()
    expect(b.app.articles.get('X')).toMatchObject({ trashed: false, path: 'articles/x.md' })
  })

  it('holds back mass deletions until the user confirms', async () => {
    const s = setup()
    for (let i = 0; i < 12; i++) s.a.app.create(`X${i}`, `articles/x${i}.md`, doc(`X${i}`, [`p${i}`]))
    await s.a.engine.run()
    for (let i = 0; i < 11; i++) s.folder.remove(`articles/x${i}.md`)
    const held = await s.a.engine.run()
    expect(held.status).toBe('needsConfirmation')
    expect(held.deletionsAwaitingConfirmation).toHaveLength(11)
    expect([...s.a.app.articles.values()].filter((x) => x.trashed)).toHaveLength(0)
    const confirmed = await s.a.engine.run({ confirmDeletions: true })
    expect(confirmed.status).toBe('synced')
    expect([...s.a.app.articles.values()].filter((x) => x.trashed)).toHaveLength(11)
  })

  it('asks for 3 of 10 deleted (over 10%), not for 1 of 5', async () => {
    const s = setup()
    for (let i = 0; i < 10; i++) s.a.app.create(`X${i}`, `articles/x${i}.md`, doc(`X${i}`, [`p${i}`]))
    await s.a.engine.run()
    s.folder.remove('articles/x0.md')
    expect((await s.a.engine.run()).status).toBe('synced')
    for (const i of [1, 2, 3]) s.folder.remove(`articles/x${i}.md`)
    expect((await s.a.engine.run()).status).toBe('needsConfirmation')
  })

  it('pauses, never deletes, when the folder is unmounted, no longer a workspace, or emptied', async () => {
    const { folder, a } = await shared()
    a.app.create('Y', 'articles/y.md', doc('Y', ['y']))
    await a.engine.run()
    folder.reachable = false
    expect(await a.engine.run()).toMatchObject({ status: 'paused', pause: { reason: 'unreachable' } })
    folder.reachable = true
    folder.isWorkspace = false
    expect(await a.engine.run()).toMatchObject({ status: 'paused', pause: { reason: 'notWorkspace' } })
    folder.isWorkspace = true
    folder.articlesDirPresent = false
    expect(await a.engine.run()).toMatchObject({ status: 'paused', pause: { reason: 'emptied' } })
    folder.articlesDirPresent = true
    folder.remove('articles/x.md')
    folder.remove('articles/y.md')
    expect(await a.engine.run()).toMatchObject({ status: 'paused', pause: { reason: 'emptied' } })
    expect([...a.app.articles.values()].every((x) => !x.trashed)).toBe(true)
  })

  it('rebuilds a wiped store from the folder and pushes no emptiness', async () => {
    const { folder, a } = await shared()
    a.app.wipe()
    const report = await a.engine.run()
    expect(report.applied.map((x) => x.kind)).toEqual(['import'])
    expect(folder.paths()).toEqual(['articles/x.md'])
    expect(a.app.articles.get('X')?.content).toBe(doc('X', ['one', 'two', 'three']))
  })

  it('turns a second live file with the same id into a conflict copy', async () => {
    const { folder, a } = await shared()
    folder.put('articles/x-copy.md', doc('X', ['one', 'two', 'three', 'mine']))
    const report = await a.engine.run()
    expect(report.issues).toMatchObject([{ kind: 'duplicateId', id: 'X', path: 'articles/x-copy.md', copyId: 'ANEW1' }])
    expect(readIdentity(folder.get('articles/x-copy.md')!)).toEqual({ ok: true, id: 'ANEW1', conflictOf: 'X' })
    expect(readIdentity(folder.get('articles/x.md')!)).toMatchObject({ id: 'X' })
  })

  it('lists other tools’ conflict files as conflicts, never as new articles', async () => {
    const { folder, a } = await shared()
    folder.put('articles/x.sync-conflict-20250601-101010-ABCDEFG.md', doc('X', ['theirs']))
    folder.put("articles/x (Bob's conflicted copy 2025-06-01).md", doc(null, ['dropbox']))
    const report = await a.engine.run()
    expect(report.issues.filter((i) => i.kind === 'externalConflict')).toHaveLength(2)
    for (const a2 of [...a.app.articles.values()].filter((x) => x.id !== 'X')) expect(a2.conflictOf).toBe('X')
    expect(a.app.articles.size).toBe(3)
  })

  it('leaves a file with git conflict markers alone and keeps the app’s edits queued', async () => {
    const { folder, a } = await shared()
    const marked = '---\nid: X\nheadline: H\n---\n<<<<<<< HEAD\none\n=======\nuno\n>>>>>>> other\n'
    folder.put('articles/x.md', marked)
    a.app.edit('X', doc('X', ['one', 'two', 'three', 'four']))
    const report = await a.engine.run()
    expect(report.issues).toEqual([{ kind: 'externalConflict', path: 'articles/x.md', tool: 'git', id: 'X' }])
    expect(folder.get('articles/x.md')).toBe(marked)
    expect(a.app.articles.get('X')?.pending).not.toBeNull()
  })

  it('reports and leaves alone files that are not UTF-8, have broken front matter, or are too large', async () => {
    const folder = new MemoryFolder({ maxReadBytes: 1000 })
    const a = device(folder)
    folder.put('articles/latin1.md', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]))
    folder.put('articles/broken.md', '---\nid: [oops\n---\nbody\n')
    folder.put('articles/huge.md', doc('H', ['x'.repeat(2000)]))
    const report = await a.engine.run()
    expect(report.issues.map((i) => i.kind).sort()).toEqual(['badFrontMatter', 'notUtf8', 'tooLarge'])
    expect(report.applied).toEqual([])
    expect(folder.get('articles/broken.md')).toBe('---\nid: [oops\n---\nbody\n')
  })

  it('gives a new file without an id one, in its front matter', async () => {
    const { folder, a, b } = setup()
    folder.put('articles/plain.md', 'Just a paragraph.\n')
    await a.engine.run()
    expect(folder.get('articles/plain.md')).toBe('---\nid: ANEW1\n---\nJust a paragraph.\n')
    await b.engine.run()
    expect(b.app.articles.get('ANEW1')?.path).toBe('articles/plain.md')
  })

  it('survives a crash between the temp file and the rename', async () => {
    const { folder, a } = await shared()
    a.app.edit('X', doc('X', ['one', 'two', 'three', 'four']))
    folder.crashAfterWrites = 0
    await expect(a.engine.run()).rejects.toBeInstanceOf(SyncAbort)
    a.base.crash()
    expect(folder.get('articles/x.md')).toBe(doc('X', ['one', 'two', 'three']))
    expect(folder.paths()).toContain('articles/x.md.tmp-1')
    const report = await a.engine.run()
    expect(report.status).toBe('synced')
    expect(folder.get('articles/x.md')).toBe(doc('X', ['one', 'two', 'three', 'four']))
    expect(a.app.articles.get('X')?.pending).toBeNull()
  })

  it('keeps an edit made while the sync was applying, and merges it next time', async () => {
    const { folder, a } = await shared()
    folder.put('articles/x.md', doc('X', ['one', 'two', 'three', 'folder']))
    // The app edits between the snapshot and the update.
    const apply = a.app.apply.bind(a.app)
    a.app.apply = async (updates) => {
      a.app.edit('X', doc('X', ['one (typing)', 'two', 'three']))
      await apply(updates)
    }
    await a.engine.run()
    a.app.apply = apply
    expect(a.app.articles.get('X')).toMatchObject({ content: doc('X', ['one (typing)', 'two', 'three']) })
    expect(a.app.articles.get('X')?.pending).not.toBeNull()
    await a.engine.run()
    expect(folder.get('articles/x.md')).toBe(doc('X', ['one (typing)', 'two', 'three', 'folder']))
  })

  it('retries nothing on a plain I/O error; the next run does', async () => {
    const { folder, a } = await shared()
    a.app.edit('X', doc('X', ['one', 'two', 'three', 'four']))
    folder.failures.push({ op: 'write', code: 'ENOSPC' })
    const report = await a.engine.run()
    expect(report.skipped).toHaveLength(1)
    expect(report.errors[0]).toMatch(/ENOSPC/)
    expect(a.app.articles.get('X')?.pending).not.toBeNull()
    await a.engine.run()
    expect(folder.get('articles/x.md')).toBe(doc('X', ['one', 'two', 'three', 'four']))
  })
})

describe('decideAppUpdate (the app side of the compare-and-swap)', () => {
  const article = { id: 'X', path: 'articles/x.md', fileHash: 'h0', trashed: false }
  const update = { id: 'X', path: 'articles/y.md', content: 'merged', fileHash: 'h1', trashed: false, expectSeq: 3, contentIsApps: false }

  it('takes the update when the app has not edited since the plan', () => {
    expect(decideAppUpdate(undefined, update)).toEqual({ kind: 'replace' })
    expect(decideAppUpdate({ ...article, pending: null }, { ...update, expectSeq: null })).toEqual({ kind: 'replace' })
    expect(decideAppUpdate({ ...article, pending: { seq: 3, content: 'c' } }, update)).toEqual({ kind: 'replace' })
  })

  it('keeps a newer edit, taking the path, and the hash only when the update is the app’s own earlier text', () => {
    const newer = { ...article, pending: { seq: 4, content: 'newer' } }
    expect(decideAppUpdate(newer, update)).toEqual({ kind: 'keepNewer', path: 'articles/y.md', fileHash: 'h0' })
    expect(decideAppUpdate(newer, { ...update, contentIsApps: true })).toEqual({ kind: 'keepNewer', path: 'articles/y.md', fileHash: 'h1' })
    expect(decideAppUpdate(newer, { ...update, expectSeq: null, contentIsApps: false })).toMatchObject({ kind: 'keepNewer', fileHash: 'h0' })
    expect(decideAppUpdate(newer, { ...update, trashed: true, path: '.trash/articles/x.md' })).toMatchObject({ path: 'articles/x.md' })
  })
})
