import { hasGitConflictMarkers, readIdentity, setFrontMatterFields } from './articleText'
import { mergeArticleText, type MergeConflict } from './mergeArticleText'
import type { AppArticle, AppUpdate, BaseEntry, BaseStep, ListedFile, ReadResult } from './ports'
import {
  ARTICLES_DIR,
  baseName,
  classifyPath,
  collisionKey,
  NameAllocator,
  sameName,
  stemOf,
  TRASH_DIR,
  type ConflictTool
} from './syncPaths'

export interface SyncOptions {
  /** Files larger than this are not read: reported and left alone. */
  maxFileBytes: number
  /**
   * Deletions found by a scan wait for the user's confirmation when there are more than
   * `maxCount`, or at least `minCountForFraction` that are more than `maxFraction` of the
   * articles (so one deletion in a five-article workspace does not ask).
   */
  massDeletion: { maxCount: number; maxFraction: number; minCountForFraction: number }
  /** A folder with no articles left pauses the sync if the app had at least this many synced ones. */
  emptiedMinArticles: number
}

export const DEFAULT_SYNC_OPTIONS: SyncOptions = {
  maxFileBytes: 8 * 1024 * 1024,
  massDeletion: { maxCount: 10, maxFraction: 0.1, minCountForFraction: 3 },
  emptiedMinArticles: 2
}

export type FolderStep =
  | { op: 'write'; path: string; content: string; hash: string; expect: string | null }
  | { op: 'move'; from: string; to: string; expect: string }

export type ActionKind =
  | 'import'
  | 'importNew'
  | 'rename'
  | 'restore'
  | 'record'
  | 'ack'
  | 'push'
  | 'merge'
  | 'conflict'
  | 'duplicate'
  | 'toolConflict'
  | 'trash'
  | 'deleted'
  | 'create'
  | 'editBeatsDelete'
  | 'prune'

/**
 * One unit of work, applied in order: folder steps (any failure abandons the rest), then the
 * base steps, then the app updates. Steps are ordered so that a crash between any two loses
 * nothing: a conflict copy is written before the file it copies is overwritten.
 */
export interface SyncAction {
  kind: ActionKind
  /** The article the action is about ('' for housekeeping). */
  id: string
  summary: string
  folder: FolderStep[]
  base: BaseStep[]
  app: AppUpdate[]
}

export type SyncIssue =
  | { kind: 'tooLarge'; path: string; size: number }
  | { kind: 'unreadable'; path: string; message: string }
  | { kind: 'notUtf8'; path: string }
  | { kind: 'badFrontMatter'; path: string; message: string }
  /** A file that vanished between the listing and the read: looked at again next time. */
  | { kind: 'vanished'; path: string }
  | { kind: 'externalConflict'; path: string; tool: ConflictTool; id: string | null; copyId?: string }
  | { kind: 'duplicateId'; id: string; path: string; copyId: string }
  | { kind: 'conflict'; id: string; path: string; copyId: string; copyPath: string; conflicts: MergeConflict[] }
  | { kind: 'editBeatsDelete'; id: string; path: string }

export interface SyncPlan {
  actions: SyncAction[]
  issues: SyncIssue[]
  pause: { reason: 'emptied'; message: string } | null
  /** Articles the folder no longer has, held back by the mass-deletion fail-safe. */
  deletionsAwaitingConfirmation: { id: string; path: string }[]
}

export interface PlanInput {
  listing: { files: readonly ListedFile[]; articlesDirPresent: boolean }
  base: ReadonlyMap<string, BaseEntry>
  /** Files read for this plan, by path. */
  reads: ReadonlyMap<string, ReadResult>
  /** Known contents by hash (from the base store). */
  contents: ReadonlyMap<string, string>
  /** Hashes asked for before whose content is known nowhere. */
  unavailable: ReadonlySet<string>
  app: readonly AppArticle[]
  hash: (text: string) => string
  newId: () => string
  now: number
  options: SyncOptions
  /** The user confirmed the deletions (and an emptied folder). */
  confirmDeletions: boolean
}

export type PlanOutcome =
  | { kind: 'need'; paths: string[]; hashes: string[] }
  | { kind: 'plan'; plan: SyncPlan }

/** What the planner needs read before it can plan at all: files that changed since the base, or whose id is not on record. */
export function initialReads(listing: { files: readonly ListedFile[] }, base: ReadonlyMap<string, BaseEntry>, options: SyncOptions): string[] {
  const paths: string[] = []
  for (const f of listing.files) {
    const c = classifyPath(f.path)
    if (!c || f.hash === null || f.size > options.maxFileBytes) continue
    const b = base.get(f.path)
    if (!b || b.hash !== f.hash || b.id === undefined || c.kind === 'toolConflict') paths.push(f.path)
  }
  return paths
}

interface FileInfo {
  path: string
  trashed: boolean
  hash: string
  id: string | null
  conflictOf: string | null
  /** Decoded text, when it was read or is known by hash. */
  text: string | undefined
  tool: Exclude<ConflictTool, 'git'> | null
  original: string | null
}

class NeedMore extends Error {}

/** Strict UTF-8 that keeps a BOM, so the text encodes back to exactly the bytes that were hashed. */
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

function stamp(now: number): string {
  const iso = new Date(now).toISOString()
  return `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}`
}

const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)

/**
 * The sync planner (pure): from the folder listing, the per-file base state and the app's
 * store, the actions that bring all three in line. It never deletes: a file gone from the
 * folder trashes the article in the app (and keeps a copy in the folder's trash), and only
 * after the mass-deletion fail-safe; an edit anywhere beats a deletion; anything it cannot
 * read or understand is reported and left alone, with its article. When it needs file
 * contents it was not given, it asks for them (`need`) and is run again.
 */
export function planSync(input: PlanInput): PlanOutcome {
  const { hash, options } = input
  const needPaths = new Set<string>()
  const needHashes = new Set<string>()
  const issues: SyncIssue[] = []
  const actions: SyncAction[] = []
  const deletions: SyncAction[] = []
  const names = new NameAllocator(input.listing.files.map((f) => f.path))
  const heldPaths: { path: string; id: string | null }[] = []

  // 1. What each listed file is.
  const infos: FileInfo[] = []
  for (const f of [...input.listing.files].sort(byPath)) {
    const c = classifyPath(f.path)
    if (!c) continue
    const b = input.base.get(f.path)
    const hold = (issue: SyncIssue, id: string | null = null): void => {
      issues.push(issue)
      heldPaths.push({ path: f.path, id: id ?? b?.id ?? null })
    }
    if (f.hash === null) {
      hold(f.error ? { kind: 'unreadable', path: f.path, message: f.error } : { kind: 'tooLarge', path: f.path, size: f.size })
      continue
    }
    if (f.size > options.maxFileBytes) {
      hold({ kind: 'tooLarge', path: f.path, size: f.size })
      continue
    }
    const read = input.reads.get(f.path)
    let fileHash = f.hash
    let text: string | undefined
    if (read && !read.ok) {
      if (read.reason === 'missing') hold({ kind: 'vanished', path: f.path })
      else if (read.reason === 'tooLarge') hold({ kind: 'tooLarge', path: f.path, size: f.size })
      else hold({ kind: 'unreadable', path: f.path, message: read.message })
      continue
    }
    if (read?.ok) {
      fileHash = read.hash
      try {
        text = decoder.decode(read.bytes)
      } catch {
        hold({ kind: 'notUtf8', path: f.path })
        continue
      }
    } else {
      text = input.contents.get(fileHash)
    }
    let id: string | null
    let conflictOf: string | null = null
    if (text !== undefined) {
      if (hasGitConflictMarkers(text)) {
        hold({ kind: 'externalConflict', path: f.path, tool: 'git', id: b?.id ?? null })
        continue
      }
      const identity = readIdentity(text)
      if (!identity.ok) {
        hold({ kind: 'badFrontMatter', path: f.path, message: identity.error })
        continue
      }
      id = identity.id
      conflictOf = identity.conflictOf
    } else if (b && b.hash === fileHash && b.id !== undefined && c.kind === 'article') {
      id = b.id
    } else {
      needPaths.add(f.path)
      continue
    }
    infos.push({
      path: f.path,
      trashed: c.trashed,
      hash: fileHash,
      id,
      conflictOf,
      text,
      tool: c.kind === 'toolConflict' && !c.trashed && conflictOf === null ? c.tool : null,
      original: c.kind === 'toolConflict' ? c.original : null
    })
  }

  const appById = new Map(input.app.map((a) => [a.id, a]))
  const heldIds = new Set<string>()
  for (const h of heldPaths) {
    if (h.id) heldIds.add(h.id)
    for (const a of input.app) if (sameName(a.path, h.path)) heldIds.add(a.id)
  }

  const textOf = (f: FileInfo): string => {
    if (f.text !== undefined) return f.text
    const known = input.contents.get(f.hash)
    if (known !== undefined) return known
    needPaths.add(f.path)
    throw new NeedMore()
  }
  /** The content of a hash the app's version is based on; null when it is known nowhere. */
  const baseTextOf = (h: string | null): string | null => {
    if (h === null) return null
    const known = input.contents.get(h)
    if (known !== undefined) return known
    if (input.unavailable.has(h)) return null
    needHashes.add(h)
    throw new NeedMore()
  }

  const action = (kind: ActionKind, id: string, summary: string, parts: Partial<Pick<SyncAction, 'folder' | 'base' | 'app'>> = {}): SyncAction => ({
    kind,
    id,
    summary,
    folder: parts.folder ?? [],
    base: parts.base ?? [],
    app: parts.app ?? []
  })
  const put = (u: Omit<AppUpdate, 'expectSeq' | 'contentIsApps'> & Partial<Pick<AppUpdate, 'expectSeq' | 'contentIsApps'>>): AppUpdate => ({
    expectSeq: null,
    contentIsApps: false,
    ...u
  })
  const write = (path: string, content: string, expect: string | null): FolderStep => ({ op: 'write', path, content, hash: hash(content), expect })
  const setBase = (path: string, id: string | null, content: string): BaseStep => ({ op: 'set', path, id, hash: hash(content), content })

  /** Takes a folder file into the app as it is. */
  const importFile = (kind: ActionKind, id: string, f: FileInfo, summary: string): SyncAction => {
    const text = textOf(f)
    return action(kind, id, summary, {
      base: [{ op: 'set', path: f.path, id, hash: f.hash, content: text }],
      app: [put({ id, path: f.path, content: text, fileHash: f.hash, trashed: f.trashed, ...(f.conflictOf ? { conflictOf: f.conflictOf } : {}) })]
    })
  }

  /** Gives a copy of article `of` its own id and marks it a conflict copy (`conflictOf`). */
  const reidentify = (kind: ActionKind, f: FileInfo, of: string, summary: string): { action: SyncAction; copyId: string } => {
    const text = textOf(f)
    const copyId = input.newId()
    const copy = setFrontMatterFields(text, { id: copyId, conflictOf: of })
    return {
      copyId,
      action: action(kind, copyId, summary, {
        folder: [write(f.path, copy, f.hash)],
        base: [setBase(f.path, copyId, copy)],
        app: [put({ id: copyId, path: f.path, content: copy, fileHash: hash(copy), trashed: false, conflictOf: of })]
      })
    }
  }

  /**
   * The app and the folder both changed article `id` (file `f`): merge three-way against the
   * version the app's edit started from. Clean: the result goes to both. Conflict: the app's
   * version stays in the file, the folder's is saved beside it as a conflict copy.
   */
  const mergeOrConflict = (id: string, f: FileInfo, a: AppArticle, pending: { seq: number; content: string }, kind: ActionKind): void => {
    const folderText = textOf(f)
    const baseText = baseTextOf(a.fileHash)
    const result = mergeArticleText(baseText, pending.content, folderText)
    if (result.kind === 'clean') {
      const merged = result.text
      const mergedHash = hash(merged)
      actions.push(
        action(kind, id, mergedHash === f.hash ? 'The folder already had both sides’ changes' : 'Merged edits from the app and the folder', {
          folder: mergedHash === f.hash ? [] : [write(f.path, merged, f.hash)],
          base: [setBase(f.path, id, merged)],
          app: [
            put({ id, path: f.path, content: merged, fileHash: mergedHash, trashed: false, expectSeq: pending.seq, contentIsApps: merged === pending.content })
          ]
        })
      )
      return
    }
    const copyId = input.newId()
    const copyPath = names.allocate(ARTICLES_DIR, `${stemOf(f.path)}-conflict-${stamp(input.now)}`)
    const copy = setFrontMatterFields(folderText, { id: copyId, conflictOf: id })
    const mine = pending.content
    issues.push({ kind: 'conflict', id, path: f.path, copyId, copyPath, conflicts: result.conflicts })
    actions.push(
      action('conflict', id, `Conflicting edits: the app’s version stays, the folder’s is saved as ${copyPath}`, {
        // The copy first: a crash before the overwrite must not leave the folder's version nowhere.
        folder: [write(copyPath, copy, null), write(f.path, mine, f.hash)],
        base: [setBase(copyPath, copyId, copy), setBase(f.path, id, mine)],
        app: [
          put({ id, path: f.path, content: mine, fileHash: hash(mine), trashed: false, expectSeq: pending.seq, contentIsApps: true }),
          put({ id: copyId, path: copyPath, content: copy, fileHash: hash(copy), trashed: false, conflictOf: id })
        ]
      })
    )
  }

  /** Article `id` has exactly one live file `f`. */
  const planLive = (id: string, f: FileInfo, a: AppArticle | undefined): void => {
    if (!a) {
      actions.push(importFile('import', id, f, 'New in the folder'))
      return
    }
    if (!a.pending) {
      if (a.trashed) actions.push(importFile('restore', id, f, 'Restored in the folder'))
      else if (a.fileHash !== f.hash) actions.push(importFile('import', id, f, 'Changed in the folder'))
      else if (a.path !== f.path) actions.push(importFile('rename', id, f, `Renamed in the folder to ${f.path}`))
      else {
        const b = input.base.get(f.path)
        if (!b || b.hash !== f.hash || b.id !== id) {
          actions.push(action('record', id, 'Recorded as in step', { base: [{ op: 'set', path: f.path, id, hash: f.hash, content: textOf(f) }] }))
        }
      }
      return
    }
    const pending = a.pending
    const mine = pending.content
    const mineHash = hash(mine)
    if (a.trashed) {
      if (a.fileHash === f.hash || mineHash === f.hash) {
        const to = names.allocate(TRASH_DIR, stemOf(f.path))
        actions.push(
          action('trash', id, `Moved to the folder’s trash as ${to}`, {
            folder: [{ op: 'move', from: f.path, to, expect: f.hash }, ...(mineHash === f.hash ? [] : [write(to, mine, f.hash)])],
            base: [{ op: 'delete', path: f.path }, setBase(to, id, mine)],
            app: [put({ id, path: to, content: mine, fileHash: mineHash, trashed: true, expectSeq: pending.seq, contentIsApps: true })]
          })
        )
      } else {
        issues.push({ kind: 'editBeatsDelete', id, path: f.path })
        mergeOrConflict(id, f, a, pending, 'editBeatsDelete')
      }
      return
    }
    if (mineHash === f.hash) {
      actions.push(
        action('ack', id, 'The folder already has the app’s version', {
          base: [setBase(f.path, id, mine)],
          app: [put({ id, path: f.path, content: mine, fileHash: f.hash, trashed: false, expectSeq: pending.seq, contentIsApps: true })]
        })
      )
    } else if (a.fileHash === f.hash) {
      actions.push(
        action('push', id, 'Saved the app’s edits to the folder', {
          folder: [write(f.path, mine, f.hash)],
          base: [setBase(f.path, id, mine)],
          app: [put({ id, path: f.path, content: mine, fileHash: mineHash, trashed: false, expectSeq: pending.seq, contentIsApps: true })]
        })
      )
    } else {
      mergeOrConflict(id, f, a, pending, 'merge')
    }
  }

  const livePathFor = (a: AppArticle): string => {
    const wanted = `${ARTICLES_DIR}/${baseName(a.path)}`
    if (names.isFree(wanted)) {
      names.claim(wanted)
      return wanted
    }
    return names.allocate(ARTICLES_DIR, stemOf(a.path))
  }

  /** Article `id` has no live file; `trashed` are its copies in the folder's trash. */
  const planGone = (id: string, a: AppArticle | undefined, trashed: FileInfo[]): void => {
    const withHash = (h: string | null): FileInfo | undefined => (h === null ? undefined : trashed.find((x) => x.hash === h))
    if (!a) {
      const t = trashed[trashed.length - 1]
      if (t) actions.push(importFile('import', id, t, 'In the folder’s trash'))
      return
    }
    if (!a.pending) {
      if (a.trashed) {
        // Only a copy of exactly the app's version may replace what the app's trash shows.
        const same = withHash(a.fileHash)
        if (same && same.path !== a.path) actions.push(importFile('import', id, same, 'Moved in the folder’s trash'))
        return
      }
      if (a.fileHash === null) return // never written and nothing queued: nothing to do
      // Deleted in the folder. The app moves it to its trash; the folder's trash keeps a copy.
      const same = withHash(a.fileHash)
      if (same) {
        deletions.push(importFile('deleted', id, same, `Moved to the trash in the folder (${same.path})`))
        return
      }
      const text = baseTextOf(a.fileHash)
      if (text === null) {
        deletions.push(
          action('deleted', id, 'Deleted from the folder; kept in the app’s trash', {
            app: [put({ id, path: `${TRASH_DIR}/${baseName(a.path)}`, fileHash: a.fileHash, trashed: true })]
          })
        )
        return
      }
      const to = names.allocate(TRASH_DIR, stemOf(a.path))
      deletions.push(
        action('deleted', id, `Deleted from the folder; a copy is kept in ${to}`, {
          folder: [write(to, text, null)],
          base: [setBase(to, id, text)],
          app: [put({ id, path: to, fileHash: hash(text), trashed: true })]
        })
      )
      return
    }
    const pending = a.pending
    const mine = pending.content
    const mineHash = hash(mine)
    if (a.trashed) {
      const t = withHash(mineHash)
      if (t) {
        actions.push(
          action('ack', id, 'Already in the folder’s trash', {
            base: [setBase(t.path, id, mine)],
            app: [put({ id, path: t.path, content: mine, fileHash: t.hash, trashed: true, expectSeq: pending.seq, contentIsApps: true })]
          })
        )
        return
      }
      const to = names.allocate(TRASH_DIR, stemOf(a.path))
      actions.push(
        action('trash', id, `Kept in the folder’s trash as ${to}`, {
          folder: [write(to, mine, null)],
          base: [setBase(to, id, mine)],
          app: [put({ id, path: to, content: mine, fileHash: mineHash, trashed: true, expectSeq: pending.seq, contentIsApps: true })]
        })
      )
      return
    }
    if (a.fileHash === null) {
      const inArticles = a.path.startsWith(`${ARTICLES_DIR}/`) && a.path.lastIndexOf('/') === ARTICLES_DIR.length
      const to = inArticles && names.isFree(a.path) ? (names.claim(a.path), a.path) : names.allocate(ARTICLES_DIR, stemOf(a.path))
      actions.push(
        action('create', id, `Saved a new article as ${to}`, {
          folder: [write(to, mine, null)],
          base: [setBase(to, id, mine)],
          app: [put({ id, path: to, content: mine, fileHash: mineHash, trashed: false, expectSeq: pending.seq, contentIsApps: true })]
        })
      )
      return
    }
    const to = livePathFor(a)
    const t = withHash(a.fileHash)
    if (t) {
      actions.push(
        action('restore', id, `Restored from the folder’s trash as ${to}`, {
          folder: [{ op: 'move', from: t.path, to, expect: t.hash }, ...(mineHash === t.hash ? [] : [write(to, mine, t.hash)])],
          base: [{ op: 'delete', path: t.path }, setBase(to, id, mine)],
          app: [put({ id, path: to, content: mine, fileHash: mineHash, trashed: false, expectSeq: pending.seq, contentIsApps: true })]
        })
      )
      return
    }
    if (!trashed.length) issues.push({ kind: 'editBeatsDelete', id, path: to })
    actions.push(
      action(trashed.length ? 'restore' : 'editBeatsDelete', id, trashed.length ? `Restored as ${to}` : `Deleted in the folder but edited in the app: saved again as ${to}`, {
        folder: [write(to, mine, null)],
        base: [setBase(to, id, mine)],
        app: [put({ id, path: to, content: mine, fileHash: mineHash, trashed: false, expectSeq: pending.seq, contentIsApps: true })]
      })
    )
  }

  /** Runs one part of the plan; a missing content only defers it (the engine reads and plans again). */
  const attempt = (fn: () => void): void => {
    try {
      fn()
    } catch (error) {
      if (!(error instanceof NeedMore)) throw error
    }
  }

  // 2. Group by id.
  const live = new Map<string, FileInfo[]>()
  const trash = new Map<string, FileInfo[]>()
  const liveWithoutId: FileInfo[] = []
  const toolCopies: FileInfo[] = []
  for (const f of infos) {
    if (f.tool) continue
    if (f.id === null) {
      if (!f.trashed) liveWithoutId.push(f)
    } else {
      const map = f.trashed ? trash : live
      const list = map.get(f.id)
      if (list) list.push(f)
      else map.set(f.id, [f])
    }
  }

  // Another tool's conflict file is a copy of the article whose id it has (or of the file it is
  // named after); one whose id no other live file has is that article itself, under an odd name.
  for (const f of infos) {
    if (!f.tool) continue
    if (f.id !== null && !live.has(f.id)) live.set(f.id, [f])
    else toolCopies.push(f)
  }

  // 3. A folder with no articles left, while the app had several: pause, never delete.
  const liveFileCount = infos.filter((f) => !f.trashed).length + heldPaths.filter((h) => !h.path.startsWith('.trash/')).length + needPaths.size
  const appSynced = input.app.filter((a) => !a.trashed && a.fileHash !== null)
  if (!input.confirmDeletions && (liveFileCount === 0 || !input.listing.articlesDirPresent) && appSynced.length >= options.emptiedMinArticles) {
    return {
      kind: 'plan',
      plan: {
        actions: [],
        issues,
        pause: {
          reason: 'emptied',
          message: `The workspace folder has no articles, but ${appSynced.length} were synced: it may be a wrong or emptied folder. Sync is paused until you confirm.`
        },
        deletionsAwaitingConfirmation: appSynced.map((a) => ({ id: a.id, path: a.path }))
      }
    }
  }

  // 4. Each article.
  const ids = [...new Set([...live.keys(), ...trash.keys(), ...appById.keys()])].sort()
  for (const id of ids) {
    if (heldIds.has(id)) continue
    attempt(() => {
      const a = appById.get(id)
      let files = live.get(id) ?? []
      if (files.length > 1) {
        // Two live files claim one id (a copy made by hand): one keeps it, the others become
        // conflict copies. The choice depends on the folder alone (shortest name, then name), so
        // two devices looking at the same folder never each keep a different one.
        const sorted = [...files].sort(
          (x, y) => x.path.length - y.path.length || (collisionKey(x.path) < collisionKey(y.path) ? -1 : collisionKey(x.path) > collisionKey(y.path) ? 1 : x.path < y.path ? -1 : 1)
        )
        const primary = sorted[0]!
        for (const f of sorted) {
          if (f === primary) continue
          attempt(() => {
            const { action: act, copyId } = reidentify('duplicate', f, id, `${f.path} had the same id as ${primary.path}: kept as a conflict copy`)
            issues.push({ kind: 'duplicateId', id, path: f.path, copyId })
            actions.push(act)
          })
        }
        files = [primary]
      }
      const f = files[0]
      if (f) {
        planLive(id, f, a)
        return
      }
      planGone(id, a, (trash.get(id) ?? []).sort(byPath))
    })
  }

  // 5. New files without an id get one, written into their front matter.
  for (const f of liveWithoutId) {
    attempt(() => {
      const text = textOf(f)
      const id = input.newId()
      const withId = setFrontMatterFields(text, { id })
      actions.push(
        action('importNew', id, `New in the folder (given the id ${id})`, {
          folder: [write(f.path, withId, f.hash)],
          base: [setBase(f.path, id, withId)],
          app: [put({ id, path: f.path, content: withId, fileHash: hash(withId), trashed: false })]
        })
      )
    })
  }

  // 6. Other tools' conflict copies become Copydesk conflict copies of the article they copy.
  const idAtPath = new Map(infos.map((f) => [collisionKey(f.path), f.id]))
  for (const f of toolCopies) {
    const of = f.id ?? (f.original ? idAtPath.get(collisionKey(f.original)) : null) ?? null
    if (!of) {
      issues.push({ kind: 'externalConflict', path: f.path, tool: f.tool!, id: null })
      continue
    }
    attempt(() => {
      const { action: act, copyId } = reidentify('toolConflict', f, of, `${f.path} (a ${f.tool} conflict copy) is listed as a conflict`)
      issues.push({ kind: 'externalConflict', path: f.path, tool: f.tool!, id: of, copyId })
      actions.push(act)
    })
  }

  if (needPaths.size || needHashes.size) return { kind: 'need', paths: [...needPaths], hashes: [...needHashes] }

  // 7. The mass-deletion fail-safe.
  const { maxCount, maxFraction, minCountForFraction } = options.massDeletion
  const massive =
    deletions.length > maxCount || (deletions.length >= minCountForFraction && deletions.length > maxFraction * Math.max(1, appSynced.length))
  const awaiting = massive && !input.confirmDeletions ? deletions.map((d) => ({ id: d.id, path: appById.get(d.id)?.path ?? '' })) : []
  if (!awaiting.length) actions.push(...deletions)

  // 8. Forget base entries of files that are gone.
  const listed = new Set(input.listing.files.map((f) => f.path))
  const written = new Set(actions.flatMap((act) => act.base.filter((s) => s.op === 'set').map((s) => s.path)))
  const stale = [...input.base.keys()].filter((p) => !listed.has(p) && !written.has(p) && classifyPath(p))
  if (stale.length && !awaiting.length) {
    actions.push(action('prune', '', `Forgot ${stale.length} file(s) no longer in the folder`, { base: stale.map((path) => ({ op: 'delete' as const, path })) }))
  }

  return { kind: 'plan', plan: { actions, issues, pause: null, deletionsAwaitingConfirmation: awaiting } }
}
