import { lstat, mkdir, open, readdir, readFile, rename, stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { FolderListing, FolderPort, ListedFile, MoveResult, ReadResult, WriteResult } from '../../../core/sync/ports'
import { collisionKey } from '../../../core/sync/syncPaths'
import { atomicWriteFile } from '../fs/atomicWriteFile'
import { errorCode } from '../fs/errorCode'
import { fsyncDir } from '../fs/fsyncDir'
import { renameNoClobber } from '../fs/renameNoClobber'
import { resolveInWorkspace } from '../fs/resolveInWorkspace'
import { sha256Hex } from '../fs/sha256Hex'
import { StatHashCache } from '../fs/StatHashCache'
import { mapWithConcurrency } from '../util/mapWithConcurrency'
import { Mutex } from '../util/Mutex'
import { workspaceLayout } from '../workspace/workspaceLayout'
import { DEFAULT_RETRY, retryBusy, type RetryOptions } from './retryBusy'

/** The sync's default limit: a larger file is listed without a hash and left alone. */
export const DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024
const IO_CONCURRENCY = 64

/** Where a test may inject a fault: `readBody` falls between a read's stat and its reading the bytes. */
export type FaultOp = 'list' | 'read' | 'readBody' | 'write' | 'move'

export interface NodeFolderPortOptions {
  maxFileBytes?: number
  retry?: RetryOptions
  now?: () => number
  /**
   * Called right before each real file-system change or read (and before each retry of it);
   * a test throws from it to inject EPERM, EBUSY, ENOSPC… where chmod cannot (root in CI).
   */
  faults?: (op: FaultOp, path: string) => void | Promise<void>
}

const DIRS = [workspaceLayout.articlesDir, workspaceLayout.trashArticlesDir]

/**
 * The workspace folder on disk for the sync engine (FolderPort). Lists `articles/` and
 * `.trash/articles/` with content hashes (mtime, size and inode only decide whether a cached
 * hash can be reused), reads bytes, and changes files only with compare-and-swap: right before
 * a write or move the file's hash is checked again, so a change that arrived after the scan is
 * never overwritten unseen. Writes are atomic (temp file, fsync, rename, directory fsync, via
 * atomicWriteFile); moves never replace a file and handle case-only renames on case-insensitive
 * disks; EPERM/EBUSY/EACCES are retried with backoff. A folder that lost copydesk.json is
 * treated as unreachable, never as empty, and is never written to.
 */
export class NodeFolderPort implements FolderPort {
  readonly root: string
  private readonly maxFileBytes: number
  private readonly retry: RetryOptions
  private readonly now: () => number
  private readonly hashCache = new StatHashCache()
  private readonly mutex = new Mutex()

  constructor(
    root: string,
    private readonly opts: NodeFolderPortOptions = {}
  ) {
    this.root = resolve(root)
    this.maxFileBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
    this.retry = opts.retry ?? DEFAULT_RETRY
    this.now = opts.now ?? Date.now
  }

  hash(content: string): string {
    return sha256Hex(content)
  }

  async list(): Promise<FolderListing> {
    try {
      await this.opts.faults?.('list', '')
      const marker = await this.markerState()
      if (marker !== 'ok') {
        return marker === 'noRoot'
          ? { ok: false, reason: 'unreachable', message: `The workspace folder ${this.root} is not reachable (unmounted or removed?).` }
          : { ok: false, reason: 'notWorkspace', message: `${this.root} is no longer a Copydesk workspace (copydesk.json is missing).` }
      }
      const listed: string[] = []
      let articlesDirPresent = true
      for (const dir of DIRS) {
        const names = await this.listNames(dir)
        if (names === null) {
          if (dir === workspaceLayout.articlesDir) articlesDirPresent = false
          continue
        }
        for (const name of names) listed.push(`${dir}/${name}`)
      }
      const files = (await mapWithConcurrency(listed, IO_CONCURRENCY, (p) => this.describe(p))).filter((f): f is ListedFile => f !== null)
      const present = new Set(files.map((f) => f.path))
      this.hashCache.prune(present)
      files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      return { ok: true, files, articlesDirPresent }
    } catch (error) {
      return { ok: false, reason: 'unreadable', message: `The workspace folder could not be listed: ${error instanceof Error ? error.message : String(error)}` }
    }
  }

  async read(path: string): Promise<ReadResult> {
    const abs = await resolveInWorkspace(this.root, path)
    let handle
    try {
      await this.opts.faults?.('read', path)
      handle = await open(abs, 'r')
    } catch (error) {
      const code = errorCode(error)
      if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing', message: `${path} is gone` }
      return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) }
    }
    try {
      const st = await handle.stat()
      if (!st.isFile()) return { ok: false, reason: 'error', message: `${path} is not a file` }
      if (st.size > this.maxFileBytes) return { ok: false, reason: 'tooLarge', message: `${path} is larger than ${this.maxFileBytes} bytes` }
      const checkedAtMs = this.now()
      await this.opts.faults?.('readBody', path)
      const bytes = await handle.readFile()
      // Another program writing the file in place (truncate, then write) must not be read half
      // way: the file must look the same after the read as before it.
      const after = await stat(abs).catch(() => null)
      if (!after || after.size !== st.size || after.mtimeMs !== st.mtimeMs || after.ino !== st.ino || bytes.length !== st.size) {
        return { ok: false, reason: 'error', message: `${path} changed while it was being read; it is read again on the next sync` }
      }
      const hash = sha256Hex(bytes)
      this.hashCache.set(path, st, hash, checkedAtMs)
      return { ok: true, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), hash }
    } catch (error) {
      return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) }
    } finally {
      await handle.close()
    }
  }

  write(path: string, content: string, expect: string | null): Promise<WriteResult> {
    return this.mutex.run(async () => {
      const abs = await resolveInWorkspace(this.root, path)
      await this.assertWorkspace()
      const hash = sha256Hex(content)
      const check = async (): Promise<WriteResult | null> => {
        const current = await this.currentHash(abs)
        if (current === hash) return { ok: true, hash }
        if (current !== expect) return { ok: false, reason: 'changed', current }
        return null
      }
      const early = await check()
      if (early) return early
      const result = await retryBusy(
        async (): Promise<WriteResult> => {
          await this.opts.faults?.('write', path)
          // Once more, right before the write: an unmounted folder must not be recreated on another disk.
          await this.assertWorkspace()
          await atomicWriteFile(abs, content)
          return { ok: true, hash }
        },
        this.retry,
        // Before a retry, look again: the file may have changed (or been written) meanwhile.
        async () => {
          const again = await check()
          return again ? { stop: again } : null
        }
      )
      if (result.ok) await this.remember(path, abs, hash)
      return result
    })
  }

  move(from: string, to: string, expect: string): Promise<MoveResult> {
    return this.mutex.run(async () => {
      const absFrom = await resolveInWorkspace(this.root, from)
      const absTo = await resolveInWorkspace(this.root, to)
      await this.assertWorkspace()
      const current = await this.currentHash(absFrom)
      if (current === null) return { ok: false, reason: 'missing', message: `${from} is gone` }
      if (current !== expect) return { ok: false, reason: 'changed', message: `${from} changed since it was read` }
      await mkdir(dirname(absTo), { recursive: true })
      const sameFile = collisionKey(from) === collisionKey(to) && (await this.isSameFile(absFrom, absTo))
      const moved = await retryBusy(async () => {
        await this.opts.faults?.('move', from)
        if (sameFile) {
          // One file under two spellings (case or Unicode form on macOS/Windows): a plain
          // rename cannot clobber anything, and a hard link would fail with EEXIST.
          await rename(absFrom, absTo)
          return true
        }
        return renameNoClobber(absFrom, absTo)
      }, this.retry)
      if (!moved) return { ok: false, reason: 'targetExists', message: `${to} exists` }
      await fsyncDir(dirname(absTo))
      if (dirname(absTo) !== dirname(absFrom)) await fsyncDir(dirname(absFrom))
      this.hashCache.move(from, to)
      return { ok: true }
    })
  }

  private async markerState(): Promise<'ok' | 'noRoot' | 'noMarker'> {
    try {
      const st = await stat(join(this.root, workspaceLayout.markerFile))
      return st.isFile() ? 'ok' : 'noMarker'
    } catch (error) {
      const code = errorCode(error)
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error
    }
    try {
      await stat(this.root)
      return 'noMarker'
    } catch (error) {
      const code = errorCode(error)
      if (code === 'ENOENT' || code === 'ENOTDIR') return 'noRoot'
      throw error
    }
  }

  private async assertWorkspace(): Promise<void> {
    const state = await this.markerState()
    if (state !== 'ok') throw new Error(`The workspace folder ${this.root} is not reachable or is not a Copydesk workspace.`)
  }

  /** Regular files in a workspace folder; null when the folder is missing. */
  private async listNames(dir: string): Promise<string[] | null> {
    const abs = await resolveInWorkspace(this.root, dir)
    try {
      const entries = await readdir(abs, { withFileTypes: true })
      return entries.filter((e) => e.isFile()).map((e) => e.name)
    } catch (error) {
      const code = errorCode(error)
      if (code === 'ENOENT') return null
      throw error
    }
  }

  private async describe(path: string): Promise<ListedFile | null> {
    const abs = join(this.root, ...path.split('/'))
    let st
    try {
      st = await stat(abs)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null
      return { path, hash: null, size: 0, mtimeMs: 0, error: error instanceof Error ? error.message : String(error) }
    }
    if (st.size > this.maxFileBytes) return { path, hash: null, size: st.size, mtimeMs: st.mtimeMs }
    const cached = this.hashCache.get(path, st)
    if (cached !== undefined) return { path, hash: cached, size: st.size, mtimeMs: st.mtimeMs }
    const checkedAtMs = this.now()
    let bytes
    try {
      bytes = await readFile(abs)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null
      return { path, hash: null, size: st.size, mtimeMs: st.mtimeMs, error: error instanceof Error ? error.message : String(error) }
    }
    const hash = sha256Hex(bytes)
    this.hashCache.set(path, st, hash, checkedAtMs)
    return { path, hash, size: st.size, mtimeMs: st.mtimeMs }
  }

  private async currentHash(abs: string): Promise<string | null> {
    try {
      return sha256Hex(await readFile(abs))
    } catch (error) {
      const code = errorCode(error)
      if (code === 'ENOENT' || code === 'ENOTDIR') return null
      throw error
    }
  }

  private async isSameFile(a: string, b: string): Promise<boolean> {
    try {
      const [sa, sb] = await Promise.all([lstat(a), lstat(b)])
      return sa.ino === sb.ino && sa.dev === sb.dev
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return false
      throw error
    }
  }

  private async remember(path: string, abs: string, hash: string): Promise<void> {
    try {
      const st = await stat(abs)
      this.hashCache.set(path, st, hash, this.now())
    } catch {
      this.hashCache.delete(path)
    }
  }
}
