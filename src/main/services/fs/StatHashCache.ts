/** What a stat says about a file: enough to tell whether its bytes may have changed. */
export interface FileStamp {
  mtimeMs: number
  size: number
  ino: number
}

/** A cached hash is trusted only if the file was this much older than the stat ("racy git"). */
const RACY_WINDOW_MS = 2500

interface Entry extends FileStamp {
  hash: string
  /** Wall-clock time of the stat the hash belongs to. */
  checkedAtMs: number
}

/**
 * Content hashes of files by path, reused while a stat shows the same mtime, size and inode.
 * Coarse file-system clocks (FAT: 2 s, some network shares: 1 s) let a second same-size edit
 * keep the mtime, so a file modified within RACY_WINDOW_MS of its stat is hashed again instead. Content hashes decide; the stamp only pre-filters.
 */
export class StatHashCache {
  private readonly entries = new Map<string, Entry>()

  /** The cached hash if `stamp` shows the file unchanged since it was hashed. */
  get(path: string, stamp: FileStamp): string | undefined {
    const e = this.entries.get(path)
    if (!e || e.mtimeMs !== stamp.mtimeMs || e.size !== stamp.size || e.ino !== stamp.ino) return undefined
    return e.checkedAtMs - e.mtimeMs > RACY_WINDOW_MS ? e.hash : undefined
  }

  /** Records the hash of the bytes read after a stat taken at `checkedAtMs`. */
  set(path: string, stamp: FileStamp, hash: string, checkedAtMs: number): void {
    this.entries.set(path, { mtimeMs: stamp.mtimeMs, size: stamp.size, ino: stamp.ino, hash, checkedAtMs })
  }

  delete(path: string): void {
    this.entries.delete(path)
  }

  /** A rename keeps the inode and the bytes: the entry follows the file. */
  move(from: string, to: string): void {
    const e = this.entries.get(from)
    this.entries.delete(from)
    if (e) this.entries.set(to, e)
  }

  /** Forgets files no longer present (among the paths `inScope` accepts). */
  prune(present: ReadonlySet<string>, inScope: (path: string) => boolean = () => true): void {
    for (const key of this.entries.keys()) if (inScope(key) && !present.has(key)) this.entries.delete(key)
  }
}
