import { lstat, mkdir, open, readdir, readFile, stat, unlink } from 'node:fs/promises'
import { dirname, join, posix } from 'node:path'
import type { FileContent, ScannedFile, WriteResult } from '../../../core/ipc'
import { atomicWriteFile } from '../fs/atomicWriteFile'
import { errorCode } from '../fs/errorCode'
import { fsyncDir } from '../fs/fsyncDir'
import { renameNoClobber } from '../fs/renameNoClobber'
import { resolveInWorkspace } from '../fs/resolveInWorkspace'
import { sha256Hex } from '../fs/sha256Hex'
import { StatHashCache } from '../fs/StatHashCache'
import type { SyncState } from '../sync/SyncState'
import { mapWithConcurrency } from '../util/mapWithConcurrency'
import { Mutex } from '../util/Mutex'
import { classifyArticlePath, type ArticlePath } from './classifyArticlePath'
import { classifyRegistryPath } from './classifyRegistryPath'
import { ensureWorkspaceLayout } from './ensureWorkspaceLayout'
import { WorkspaceError } from './WorkspaceError'
import { workspaceLayout } from './workspaceLayout'

/** Same limit as the IPC contract: nothing larger travels as one file. */
const MAX_FILE_BYTES = 50 * 1024 * 1024
const IO_CONCURRENCY = 64


/** How the last scan got its hashes; lets tests (and a debug view) see the cache working. */
export interface ScanStats {
  files: number
  hashed: number
  cached: number
}

type ReadOutcome = { kind: 'missing'; file: string } | { kind: 'read'; content: FileContent }

function shown(file: string): string {
  return JSON.stringify(file.slice(0, 200))
}

/**
 * The workspace folder as the rest of the app sees it: article files listed with their
 * content hashes, read, and written with compare-and-swap so an edit made elsewhere (another
 * device via Syncthing, a text editor) is never overwritten unseen. Every change goes through
 * one mutex, so a check and the write after it cannot interleave with another change from
 * this process. The hash of what was last written or read is recorded in SyncState.
 */
export class WorkspaceStore {
  readonly root: string
  lastScanStats: ScanStats = { files: 0, hashed: 0, cached: 0 }
  private readonly hashCache = new StatHashCache()
  private readonly mutex = new Mutex()

  constructor(
    root: string,
    private readonly syncState: SyncState,
    private readonly now: () => number = Date.now
  ) {
    this.root = root
  }

  /** Creates copydesk.json and the top-level folders where missing; never overwrites. */
  ensureLayout(): Promise<void> {
    return ensureWorkspaceLayout(this.root)
  }

  /** All articles and trashed articles with the sha256 of their bytes, sorted by path. */
  async scan(): Promise<ScannedFile[]> {
    await this.assertReachable()
    const listed: { file: string; trashed: boolean }[] = []
    for (const dir of [workspaceLayout.articlesDir, workspaceLayout.trashArticlesDir]) {
      for (const name of await this.listArticleNames(dir)) {
        const article = classifyArticlePath(`${dir}/${name}`)
        if (article) listed.push(article)
      }
    }
    const { files, stats } = await this.hashFiles(listed, (f) => classifyArticlePath(f) !== null)
    this.lastScanStats = stats
    return files
  }

  /** The registry files (entities/<id>.yaml, sources/<id>.yaml) with their hashes, sorted by path. */
  async scanRegistry(): Promise<ScannedFile[]> {
    await this.assertReachable()
    const listed: { file: string; trashed: boolean }[] = []
    for (const dir of ['entities', 'sources']) {
      for (const name of await this.listArticleNames(dir)) {
        const entry = classifyRegistryPath(`${dir}/${name}`)
        if (entry) listed.push({ file: entry.file, trashed: false })
      }
    }
    return (await this.hashFiles(listed, (f) => classifyRegistryPath(f) !== null)).files
  }

  /** Hashes the listed files, reusing cached hashes of unchanged files; drops vanished ones from the cache. */
  private async hashFiles(
    listed: { file: string; trashed: boolean }[],
    inScope: (file: string) => boolean
  ): Promise<{ files: ScannedFile[]; stats: ScanStats }> {
    const stats: ScanStats = { files: 0, hashed: 0, cached: 0 }
    const results = await mapWithConcurrency(listed, IO_CONCURRENCY, async (article) => {
      const abs = join(this.root, ...article.file.split('/'))
      let st
      try {
        st = await stat(abs)
      } catch (err) {
        if (errorCode(err) === 'ENOENT') return null // deleted while we were scanning
        throw err
      }
      const cached = this.hashCache.get(article.file, st)
      if (cached !== undefined) {
        stats.cached++
        return { file: article.file, hash: cached, trashed: article.trashed }
      }
      const checkedAtMs = this.now()
      let bytes
      try {
        bytes = await readFile(abs)
      } catch (err) {
        if (errorCode(err) === 'ENOENT') return null
        throw err
      }
      const hash = sha256Hex(bytes)
      // The stat was taken before the read: if the file changed in between, its mtime
      // differs from the cached one and the next scan hashes it again.
      this.hashCache.set(article.file, st, hash, checkedAtMs)
      stats.hashed++
      return { file: article.file, hash, trashed: article.trashed }
    })
    const files = results.filter((r): r is ScannedFile => r !== null)
    const present = new Set(files.map((f) => f.file))
    this.hashCache.prune(present, inScope)
    files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    stats.files = files.length
    return { files, stats }
  }

  /**
   * Reads workspace files (articles, trashed articles, or any other regular file inside the
   * workspace). Paths come back canonical (forward slashes); files that do not exist are
   * listed in `missing`. Bytes that are not valid UTF-8 are decoded with U+FFFD; the hash is
   * always of the bytes on disk.
   */
  async read(files: string[]): Promise<{ files: FileContent[]; missing: string[] }> {
    await this.assertReachable()
    const results = await mapWithConcurrency(files, 16, async (requested): Promise<ReadOutcome> => {
      const abs = await resolveInWorkspace(this.root, requested)
      const file = posix.normalize(requested.replace(/\\/g, '/'))
      let handle
      try {
        handle = await open(abs, 'r')
      } catch (err) {
        if (errorCode(err) === 'ENOENT' || errorCode(err) === 'ENOTDIR') return { kind: 'missing', file }
        throw err
      }
      try {
        const st = await handle.stat()
        if (!st.isFile()) throw new WorkspaceError(`Not a file (a folder?): ${shown(file)}`)
        if (st.size > MAX_FILE_BYTES) throw new WorkspaceError(`File too large to open (over 50 MB): ${shown(file)}`)
        const checkedAtMs = this.now()
        const bytes = await handle.readFile()
        const hash = sha256Hex(bytes)
        this.remember(file, hash, st, checkedAtMs)
        const content = new TextDecoder('utf-8').decode(bytes)
        return { kind: 'read', content: { file, content, hash, trashed: classifyArticlePath(file)?.trashed ?? false } }
      } finally {
        await handle.close()
      }
    })
    const out: { files: FileContent[]; missing: string[] } = { files: [], missing: [] }
    for (const r of results) {
      if (r.kind === 'missing') out.missing.push(r.file)
      else out.files.push(r.content)
    }
    return out
  }

  /**
   * Writes one article (or registry file: entities/<id>.yaml, sources/<id>.yaml) with compare-and-swap against `baseHash`, the hash of the content the
   * caller last wrote or read (null: the caller believes the file does not exist yet).
   * - the file is already exactly `content`: ok, nothing written;
   * - baseHash null and the file exists with other content: `exists`, nothing written;
   * - the file exists and is neither baseHash nor `content`: `conflict`, nothing written;
   * - the file is missing: it is (re)created even with a baseHash — never lose a word.
   */
  write(file: string, content: string, baseHash: string | null): Promise<WriteResult> {
    return this.mutex.run(async () => {
      await this.assertReachable()
      const abs = await resolveInWorkspace(this.root, file)
      const article = classifyArticlePath(file) ?? classifyRegistryPath(file)
      if (!article || ('trashed' in article && article.trashed)) {
        throw new WorkspaceError(
          `Only articles/<name>.md, entities/<id>.yaml and sources/<id>.yaml files can be written here, not ${shown(file)}`
        )
      }
      const newHash = sha256Hex(content)
      let current: Buffer | null = null
      try {
        current = await readFile(abs)
      } catch (err) {
        const code = errorCode(err)
        if (code === 'EISDIR') throw new WorkspaceError(`Not a file (a folder?): ${shown(article.file)}`)
        if (code !== 'ENOENT') throw err
      }
      if (current !== null) {
        const diskHash = sha256Hex(current)
        if (diskHash !== newHash) {
          if (baseHash === null) return { ok: false, reason: 'exists', diskHash }
          if (diskHash !== baseHash) return { ok: false, reason: 'conflict', diskHash }
        }
        if (diskHash === newHash) {
          // Already on disk (a retried write, or the same edit made elsewhere): just record it.
          this.remember(article.file, newHash, await stat(abs), this.now())
          return { ok: true, hash: newHash }
        }
      }
      await atomicWriteFile(abs, content)
      this.remember(article.file, newHash, await stat(abs), this.now())
      return { ok: true, hash: newHash }
    })
  }

  /** Moves articles/x.md to .trash/articles/x.md (x-2.md, x-3.md… if taken); returns the new path. */
  trash(file: string): Promise<string> {
    return this.mutex.run(async () => {
      await this.assertReachable()
      const from = await this.existingArticle(file, false)
      return this.moveNoClobber(from, workspaceLayout.trashArticlesDir)
    })
  }

  /** Moves .trash/articles/x.md back to articles/x.md (x-2.md… if taken); returns the new path. */
  restore(file: string): Promise<string> {
    return this.mutex.run(async () => {
      await this.assertReachable()
      const from = await this.existingArticle(file, true)
      return this.moveNoClobber(from, workspaceLayout.articlesDir)
    })
  }

  /**
   * Gives an article file a new name (a draft first saved as untitled-3.md, named after its
   * headline once it has one): articles/x.md → articles/<slug>.md, <slug>-2.md… if taken.
   */
  rename(file: string, slug: string): Promise<string> {
    return this.mutex.run(async () => {
      await this.assertReachable()
      const from = await this.existingArticle(file, false)
      if (from.name === `${slug}.md`) return from.file
      return this.moveNoClobber(from, workspaceLayout.articlesDir, slug)
    })
  }

  /**
   * Moves a registry file (entities/<id>.yaml, sources/<id>.yaml) to .trash/entities/ or
   * .trash/sources/ — a deleted entity stays recoverable by hand. Refuses when the file changed
   * since `baseHash` (another tool edited it): the caller reloads and asks again.
   */
  trashRegistry(file: string, baseHash: string | null): Promise<{ file: string } | { conflict: true }> {
    return this.mutex.run(async () => {
      await this.assertReachable()
      await resolveInWorkspace(this.root, file)
      const entry = classifyRegistryPath(file)
      if (!entry) throw new WorkspaceError(`Expected entities/<id>.yaml or sources/<id>.yaml, not ${shown(file)}`)
      const abs = join(this.root, ...entry.file.split('/'))
      let bytes: Buffer
      try {
        bytes = await readFile(abs)
      } catch (err) {
        if (errorCode(err) === 'ENOENT') return { file: entry.file } // already gone: nothing to lose
        throw err
      }
      if (baseHash !== null && sha256Hex(bytes) !== baseHash) return { conflict: true }
      const dir = entry.file.split('/')[0]!
      const to = await this.moveNoClobber({ file: entry.file, name: `${entry.id}.yaml` }, `.trash/${dir}`, undefined, '.yaml')
      return { file: to }
    })
  }

  /** Deletes every trashed article for good; returns how many. Other files in .trash are left alone. */
  emptyTrash(): Promise<number> {
    return this.mutex.run(async () => {
      await this.assertReachable()
      const dir = workspaceLayout.trashArticlesDir
      let removed = 0
      for (const name of await this.listArticleNames(dir)) {
        const rel = `${dir}/${name}`
        if (!classifyArticlePath(rel)) continue
        try {
          await unlink(join(this.root, ...rel.split('/')))
          removed++
        } catch (err) {
          if (errorCode(err) !== 'ENOENT') throw err
        }
        this.syncState.delete(this.root, rel)
        this.hashCache.delete(rel)
      }
      if (removed > 0) await fsyncDir(join(this.root, ...dir.split('/')))
      return removed
    })
  }

  /**
   * Refuses to work on a folder that is not there or has lost copydesk.json: an unmounted
   * drive or a disconnected share must read as "unreachable", never as "every article was
   * deleted", and a write must not recreate the workspace on the wrong disk.
   */
  private async assertReachable(): Promise<void> {
    try {
      const st = await stat(join(this.root, workspaceLayout.markerFile))
      if (st.isFile()) return
    } catch (err) {
      const code = errorCode(err)
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw err
    }
    throw new WorkspaceError(
      `The workspace folder ${this.root} is not reachable or is not a Copydesk workspace (copydesk.json is missing). ` +
        'Reconnect the drive, or choose the folder again.'
    )
  }

  /** Names of regular files in a workspace folder (not symlinks, not sub-folders); [] if it is missing. */
  private async listArticleNames(dir: string): Promise<string[]> {
    // A folder symlinked out of the workspace is refused, like any path that leads outside.
    const abs = await resolveInWorkspace(this.root, dir)
    try {
      const entries = await readdir(abs, { withFileTypes: true })
      return entries.filter((e) => e.isFile()).map((e) => e.name)
    } catch (err) {
      const code = errorCode(err)
      if (code === 'ENOENT') return []
      if (code === 'ENOTDIR') throw new WorkspaceError(`${shown(dir)} in the workspace is a file, not a folder`)
      throw err
    }
  }

  private async existingArticle(file: string, trashed: boolean): Promise<ArticlePath> {
    await resolveInWorkspace(this.root, file)
    const article = classifyArticlePath(file)
    if (!article || article.trashed !== trashed) {
      const expected = trashed ? '.trash/articles/<name>.md' : 'articles/<name>.md'
      throw new WorkspaceError(`Expected a path like ${expected}, not ${shown(file)}`)
    }
    try {
      const st = await lstat(join(this.root, ...article.file.split('/')))
      if (!st.isFile()) throw new WorkspaceError(`Not an article file: ${shown(article.file)}`)
    } catch (err) {
      if (errorCode(err) === 'ENOENT') throw new WorkspaceError(`No such article: ${shown(article.file)}`)
      throw err
    }
    return article
  }

  private async moveNoClobber(
    from: Pick<ArticlePath, 'file' | 'name'>,
    toDir: string,
    newStem?: string,
    ext = '.md'
  ): Promise<string> {
    const absFrom = join(this.root, ...from.file.split('/'))
    const absToDir = await resolveInWorkspace(this.root, toDir)
    const stem = newStem ?? from.name.slice(0, -ext.length)
    await mkdir(absToDir, { recursive: true })
    for (let n = 1; n < 100000; n++) {
      const name = n === 1 ? `${stem}${ext}` : `${stem}-${n}${ext}`
      const to = `${toDir}/${name}`
      const absTo = join(absToDir, name)
      if (await renameNoClobber(absFrom, absTo)) {
        await fsyncDir(absToDir)
        await fsyncDir(dirname(absFrom))
        // A move keeps the inode and mtime, so both records stay valid under the new name
        // (and a stale one still fails its mtime/size check).
        this.syncState.rename(this.root, from.file, to)
        this.hashCache.move(from.file, to)
        return to
      }
    }
    throw new WorkspaceError(`Could not find a free name for ${shown(from.name)} in ${toDir}`)
  }

  private remember(file: string, hash: string, st: { mtimeMs: number; size: number; ino: number }, checkedAtMs: number): void {
    this.syncState.set(this.root, file, { hash, mtimeMs: st.mtimeMs, size: st.size })
    this.hashCache.set(file, st, hash, checkedAtMs)
  }
}
