import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readIdentity } from '../../../src/core/sync/articleText'
import type { SyncReport } from '../../../src/core/sync/SyncEngine'
import { classifyPath } from '../../../src/core/sync/syncPaths'
import { NodeTestFolder } from './helpers/NodeTestFolder'
import { count, MAX_TEST_FILE_BYTES, STATS, World, type EditKind, type FolderFactory, type Op } from './helpers/world'

/**
 * Model-based tests of the sync: random interleavings of edits in two app instances, edits,
 * deletions, renames, copies and other tools' conflict files in the shared folder, crashes
 * between a temp file and its rename, lost stores and sync state, an unmounted folder, and
 * sync runs (alone or two at once, interleaved op by op). After every step nothing anyone
 * wrote is lost; after quiescence both apps and the folder agree.
 *
 * The same model runs against the in-memory folder (many runs) and a real temp folder through
 * NodeFolderPort (fewer: every write fsyncs). SYNC_MODEL_RUNS (default 300) and
 * SYNC_MODEL_FS_RUNS (default 300) set the number of runs, SYNC_MODEL_SEED replays a seed,
 * SYNC_MODEL_STATS=1 prints what the syncs did.
 */
const RUNS = Number(process.env.SYNC_MODEL_RUNS ?? 300)
const FS_RUNS = Number(process.env.SYNC_MODEL_FS_RUNS ?? 300)
const SEED = process.env.SYNC_MODEL_SEED === undefined ? undefined : Number(process.env.SYNC_MODEL_SEED)

const dev = fc.integer({ min: 0, max: 1 })
const kind = fc.constantFrom<EditKind>('append', 'insert', 'replace', 'delete', 'headline')
const folderEdit = fc.record({ t: fc.constant('folderEdit' as const), pick: fc.nat(), kind, pos: fc.nat(), crlf: fc.integer({ min: 0, max: 9 }).map((n) => n === 0) })

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ t: fc.constant('appCreate' as const), dev, accent: fc.boolean(), shared: fc.boolean() }) },
  { weight: 8, arbitrary: fc.record({ t: fc.constant('appEdit' as const), dev, pick: fc.nat(), kind, pos: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('appTrash' as const), dev, pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('appRestore' as const), dev, pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('appRename' as const), dev, pick: fc.nat(), caseOnly: fc.boolean() }) },
  { weight: 5, arbitrary: folderEdit },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('folderCreate' as const), withId: fc.boolean(), accent: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('folderDelete' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('folderTrash' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('folderRestore' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('folderRename' as const), pick: fc.nat(), variant: fc.constantFrom<'new' | 'case' | 'nfd'>('new', 'case', 'nfd') }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('folderCopy' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('folderToolConflict' as const), pick: fc.nat(), tool: fc.constantFrom<'syncthing' | 'dropbox'>('syncthing', 'dropbox') }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('folderBreak' as const), pick: fc.nat(), how: fc.constantFrom<'git' | 'latin1' | 'yaml' | 'huge'>('git', 'latin1', 'yaml', 'huge') }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('folderFix' as const), pick: fc.nat() }) },
  { weight: 8, arbitrary: fc.record({ t: fc.constant('sync' as const), dev, crashAfter: fc.option(fc.nat(3), { freq: 4 }) }) },
  { weight: 4, arbitrary: fc.record({ t: fc.constant('push' as const), dev, crashAfter: fc.option(fc.nat(2), { freq: 4 }) }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('concurrentSync' as const), crashAfter: fc.option(fc.nat(3), { freq: 4 }), ext: fc.option(folderEdit, { freq: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('wipeApp' as const), dev }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('wipeBase' as const), dev }) },
  { weight: 1, arbitrary: fc.constant({ t: 'unmount' as const }) },
  { weight: 3, arbitrary: fc.constant({ t: 'remount' as const }) }
)

function pick<T>(items: T[], n: number): T | undefined {
  return items.length ? items[n % items.length] : undefined
}

function extOp(w: World, op: Op): void {
  const live = w.liveFolderArticles()
  switch (op.t) {
    case 'folderEdit': {
      const path = pick(live, op.pick)
      const text = path && w.folder.get(path)
      if (!path || text === undefined) return
      const next = w.editText(text, op.kind, op.pos, op.crlf)
      w.edited(text, next)
      w.folder.put(path, next)
      return
    }
    case 'folderCreate': {
      const n = w.nextN()
      const path = `articles/${op.accent ? 'caf\u00e9' : 'ext'}-${n}.md`
      w.folder.put(path, w.newArticle(op.withId ? `E${n}` : null))
      return
    }
    case 'folderDelete': {
      const path = pick(live, op.pick)
      if (!path) return
      w.deletedOnPurpose(path)
      w.destroying(() => w.folder.remove(path))
      return
    }
    case 'folderTrash': {
      const path = pick(live, op.pick)
      if (!path) return
      const to = `.trash/articles/${path.slice('articles/'.length)}`
      if (w.folder.get(to) !== undefined) return
      w.deletedOnPurpose(path)
      w.destroying(() => w.folder.rename(path, to))
      return
    }
    case 'folderRestore': {
      const path = pick(w.trashFolderArticles(), op.pick)
      if (!path) return
      const to = `articles/${path.slice('.trash/articles/'.length)}`
      if (w.folder.get(to) !== undefined) return
      w.reverting(w.folder.get(path)!)
      w.folder.rename(path, to)
      return
    }
    case 'folderRename': {
      const path = pick(live, op.pick)
      if (!path) return
      const name = path.slice('articles/'.length, -3)
      const to =
        op.variant === 'case'
          ? `articles/${name.toUpperCase() === name ? name.toLowerCase() : name.toUpperCase()}.md`
          : op.variant === 'nfd'
            ? `articles/${name.normalize(name.normalize('NFD') === name ? 'NFC' : 'NFD')}.md`
            : `articles/renamed-${w.nextN()}.md`
      if (to === path) return
      if (w.folder.get(to) !== undefined && !w.folder.sameFile(path, to)) return
      w.folder.rename(path, to)
      return
    }
    case 'folderCopy': {
      const path = pick(live, op.pick)
      const text = path && w.folder.get(path)
      if (!path || text === undefined) return
      w.folder.put(`articles/copy-${w.nextN()}.md`, text)
      return
    }
    case 'folderToolConflict': {
      const path = pick(live, op.pick)
      const text = path && w.folder.get(path)
      if (!path || text === undefined) return
      const stem = path.slice(0, -3)
      const to = op.tool === 'syncthing' ? `${stem}.sync-conflict-20250601-120000-ABCDEFG.md` : `${stem} (Bob's conflicted copy 2025-06-01).md`
      if (w.folder.get(to) !== undefined) return
      w.folder.put(to, w.editText(text, 'append', 0))
      return
    }
    case 'folderBreak': {
      const path = pick(live, op.pick)
      if (path) w.breakFile(path, op.how)
      return
    }
    case 'folderFix': {
      const path = pick([...w.broken.keys()].sort(), op.pick)
      if (path) w.fixFile(path)
      return
    }
    default:
      throw new Error(`not an external op: ${op.t}`)
  }
}

async function appOp(w: World, op: Op): Promise<void> {
  const d = w.devices[(op as { dev: number }).dev]!
  const live = [...d.app.articles.values()].filter((a) => !a.trashed).sort((a, b) => (a.id < b.id ? -1 : 1))
  const trashed = [...d.app.articles.values()].filter((a) => a.trashed).sort((a, b) => (a.id < b.id ? -1 : 1))
  switch (op.t) {
    case 'appCreate': {
      const n = w.nextN()
      const id = `D${op.dev}-${n}`
      // Shared names collide across the devices (and, on a case-insensitive disk, by case).
      const name = op.shared ? (op.dev === 0 ? 'Shared' : 'shared') : `${op.accent ? 'Caf\u00e9' : 'd'}${op.dev}-${n}`
      d.app.create(id, `articles/${name}.md`, w.newArticle(id))
      return
    }
    case 'appEdit': {
      const a = pick(live, op.pick)
      if (!a) return
      const next = w.editText(a.content, op.kind, op.pos)
      w.edited(a.content, next)
      d.app.edit(a.id, next)
      return
    }
    case 'appTrash': {
      const a = pick(live, op.pick)
      if (!a) return
      w.deletedIds.add(a.id)
      d.app.trash(a.id)
      return
    }
    case 'appRestore': {
      const a = pick(trashed, op.pick)
      if (a) d.app.restore(a.id)
      return
    }
    case 'appRename': {
      const a = pick(live, op.pick)
      if (!a) return
      const stem = a.path.slice(a.path.lastIndexOf('/') + 1, -3)
      const wanted = op.caseOnly ? (stem.toUpperCase() === stem ? stem.toLowerCase() : stem.toUpperCase()) : `headline-${w.nextN()}`
      if (a.fileHash === null) {
        a.path = `articles/${wanted}.md`
        return
      }
      const r = await d.engine.renameArticle(a.id, wanted)
      if (r.ok) a.path = r.path
      return
    }
    default:
      throw new Error(`not an app op: ${op.t}`)
  }
}

async function runOp(w: World, op: Op, scheduler: fc.Scheduler): Promise<void> {
  switch (op.t) {
    case 'sync':
      await w.sync(op.dev, { crashAfter: op.crashAfter })
      return
    case 'push':
      await w.push(op.dev, op.crashAfter)
      return
    case 'concurrentSync': {
      w.concurrent = true
      try {
        const crashDev = op.crashAfter === null ? -1 : 0
        const runs = w.devices.map(async (_, i) => {
          const d = w.devices[i]!
          try {
            const report = await d.engine.run()
            count(report)
            return report
          } catch (error) {
            if ((error as Error).name !== 'SyncAbort') throw error
            d.base.crash()
            return 'crashed'
          }
        })
        if (crashDev === 0) w.folder.crashAfterWrites = op.crashAfter
        const ext = op.ext
        const extRun = ext ? scheduler.schedule(Promise.resolve(), 'external edit').then(() => extOp(w, ext)) : Promise.resolve()
        await scheduler.waitFor(Promise.all([...runs, extRun]))
      } finally {
        w.folder.crashAfterWrites = null
        w.concurrent = false
      }
      return
    }
    case 'wipeApp':
      w.destroying(() => w.devices[op.dev]!.app.wipe())
      return
    case 'wipeBase':
      w.devices[op.dev]!.base.wipe()
      return
    case 'unmount':
      w.folder.reachable = false
      return
    case 'remount':
      w.folder.reachable = true
      return
    default:
      if (op.t.startsWith('folder')) extOp(w, op)
      else await appOp(w, op)
  }
}

function quiet(r: SyncReport | 'crashed'): boolean {
  return r !== 'crashed' && r.applied.length === 0 && r.skipped.length === 0 && r.status === 'synced'
}

/** Syncs both devices in turns until a whole round changes nothing (confirming deletions, as a user would). */
async function settle(w: World): Promise<void> {
  w.folder.reachable = true
  for (const path of [...w.broken.keys()]) w.fixFile(path)
  let calm = 0
  for (let round = 0; round < 16 && calm < 2; round++) {
    let roundQuiet = true
    for (const dev of [0, 1]) {
      let r = await w.sync(dev)
      if (r !== 'crashed' && (r.status === 'needsConfirmation' || r.pause?.reason === 'emptied')) r = await w.sync(dev, { confirm: true })
      if (!quiet(r)) roundQuiet = false
    }
    calm = roundQuiet ? calm + 1 : 0
  }
  if (calm < 2) throw new Error('the devices did not settle')
}

function checkConverged(w: World): void {
  const liveFiles = w.liveFolderArticles().map((path) => ({ path, text: w.folder.get(path)! }))
  const folderIds = new Map<string, { path: string; text: string }>()
  for (const f of liveFiles) {
    const c = classifyPath(f.path)!
    const identity = readIdentity(f.text)
    expect(identity.ok, `${f.path} parses`).toBe(true)
    if (!identity.ok) continue
    // Another tool's conflict copy of a file that is gone or has no id of its own (another such
    // copy), and that never had an id: reported, left alone.
    if (c.kind === 'toolConflict' && identity.id === null) {
      const original = w.folder.get(c.original)
      const originalId = original === undefined ? null : readIdentity(original)
      if (!originalId || !originalId.ok || originalId.id === null) continue
    }
    expect(identity.id, `${f.path} has an id`).not.toBeNull()
    // (A tool's conflict file with an id no other live file has is that article, under an odd
    // name; one sharing an id is a conflict copy: the uniqueness check below covers both.)
    expect(folderIds.has(identity.id!), `id ${identity.id} is in one live file only`).toBe(false)
    folderIds.set(identity.id!, f)
  }
  for (const [i, d] of w.devices.entries()) {
    for (const a of d.app.articles.values()) expect(a.pending, `device ${i}: ${a.id} has nothing unsynced`).toBeNull()
    const live = d.app.live()
    expect(new Set(live.map((a) => a.id)), `device ${i} lists the folder's articles`).toEqual(new Set(folderIds.keys()))
    for (const a of live) {
      const f = folderIds.get(a.id)!
      expect(a.path, `device ${i}: ${a.id} path`).toBe(f.path)
      expect(a.content, `device ${i}: ${a.id} content`).toBe(f.text)
    }
  }
  // No article disappears unless someone deleted it (then it is in a trash, or back by edit-beats-delete).
  for (const id of w.everIds) {
    if (folderIds.has(id) || w.deletedIds.has(id)) continue
    throw new Error(`article ${id} vanished though nobody deleted it`)
  }
}

async function runModel(ops: Op[], fsOpts: ConstructorParameters<typeof World>[0], scheduler: fc.Scheduler, makeFolder?: FolderFactory): Promise<void> {
  const w = new World(fsOpts, scheduler, makeFolder)
  for (const [i, op] of ops.entries()) {
    w.log.push(`${i}: ${JSON.stringify(op)}`)
    await runOp(w, op, scheduler)
    w.notePresentIds()
    const lost = w.lostTokens()
    if (lost.length) throw new Error(`after op ${i} (${op.t}) lost ${lost.join(', ')}\n${w.log.join('\n')}`)
  }
  await settle(w)
  const lost = w.lostTokens()
  if (lost.length) throw new Error(`after settling lost ${lost.join(', ')}`)
  checkConverged(w)
}

const fsOptions = fc.record({ caseInsensitive: fc.boolean(), normalizationInsensitive: fc.boolean(), batch: fc.constantFrom(1, 3, 100) })
const settings = { ...(SEED === undefined ? {} : { seed: SEED }), verbose: 1 as const }

describe('sync model: two apps, one folder', () => {
  it('loses nothing, whatever happens, and converges (in-memory folder)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 50, size: 'max' }), fsOptions, fc.scheduler(), (ops, fsOpts, scheduler) =>
        runModel(ops, fsOpts, scheduler)
      ),
      { numRuns: RUNS, ...settings }
    )
    if (process.env.SYNC_MODEL_STATS) console.log(Object.entries(STATS).sort().map(([k, v]) => `${k}: ${v}`).join('\n'))
  }, Math.max(20_000, RUNS * 100))

  it('loses nothing, whatever happens, and converges (real temp folder)', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'copydesk-sync-model-'))
    let n = 0
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 40, size: 'max' }), fc.constantFrom(1, 100), fc.scheduler(), async (ops, batch, scheduler) => {
          const root = join(parent, `run-${++n}`)
          try {
            await runModel(ops, { caseInsensitive: false, normalizationInsensitive: false, batch }, scheduler, (beforeOp) => new NodeTestFolder(root, beforeOp, MAX_TEST_FILE_BYTES))
          } finally {
            rmSync(root, { recursive: true, force: true })
            rmSync(`${root}-away`, { recursive: true, force: true })
          }
        }),
        { numRuns: FS_RUNS, ...settings }
      )
    } finally {
      rmSync(parent, { recursive: true, force: true })
    }
  }, Math.max(20_000, FS_RUNS * 1000))
})
