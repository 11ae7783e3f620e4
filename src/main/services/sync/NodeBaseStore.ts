import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { BaseEntry, BaseStep, BaseStore } from '../../../core/sync/ports'
import { errorCode } from '../fs/errorCode'
import { sha256Hex } from '../fs/sha256Hex'
import type { SyncState } from './SyncState'

const HASH = /^[0-9a-f]{64}$/

/**
 * The sync's base state for one workspace (BaseStore) in the app's data folder: entries in
 * SyncState (path → hash and article id), and the content of each base version as a blob
 * named by its sha256 under `<blobDir>/`. Blobs are written without fsync and checked against
 * their name when read: a blob a crash damaged reads as unknown, and the merge that needed it
 * falls back to keeping both versions. Blobs of the current entries and of the `keepRecent`
 * most recent earlier versions are kept; the rest are removed on flush.
 */
export class NodeBaseStore implements BaseStore {
  private readonly root: string
  private readonly unwritten = new Map<string, string>()
  private recent: string[]
  private known: Set<string> | null = null

  constructor(
    private readonly state: SyncState,
    root: string,
    private readonly blobDir: string,
    private readonly keepRecent = 1000
  ) {
    this.root = resolve(root)
    this.recent = state.getRecent(this.root)
  }

  async entries(): Promise<Map<string, BaseEntry>> {
    const out = new Map<string, BaseEntry>()
    for (const [path, e] of this.state.entries(this.root)) {
      out.set(path, { path, hash: e.hash, ...(e.id !== undefined ? { id: e.id } : {}) })
    }
    return out
  }

  async contents(hashes: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>()
    for (const hash of hashes) {
      const pending = this.unwritten.get(hash)
      if (pending !== undefined) {
        out.set(hash, pending)
        continue
      }
      if (!HASH.test(hash)) continue
      try {
        const bytes = await readFile(this.blobPath(hash))
        if (sha256Hex(bytes) === hash) out.set(hash, bytes.toString('utf8'))
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw error
      }
    }
    return out
  }

  async apply(steps: readonly BaseStep[]): Promise<void> {
    for (const step of steps) {
      const previous = this.state.get(this.root, step.path)
      if (previous) this.touch([previous.hash])
      if (step.op === 'delete') {
        this.state.delete(this.root, step.path)
        continue
      }
      const size = step.content === undefined ? (previous?.size ?? 0) : Buffer.byteLength(step.content)
      // mtimeMs 0: the engine's record is by hash; the folder port keeps its own stat cache.
      this.state.set(this.root, step.path, { hash: step.hash, mtimeMs: 0, size, id: step.id })
      if (step.content !== undefined) this.unwritten.set(step.hash, step.content)
      this.touch([step.hash])
    }
  }

  async retain(hashes: readonly string[]): Promise<void> {
    this.touch(hashes)
  }

  async flush(): Promise<void> {
    await mkdir(this.blobDir, { recursive: true })
    const known = await this.knownBlobs()
    for (const [hash, content] of this.unwritten) {
      if (!known.has(hash) && HASH.test(hash)) {
        const path = this.blobPath(hash)
        const tmp = `${path}.tmp-${process.pid}`
        await writeFile(tmp, content, 'utf8')
        await rename(tmp, path)
        known.add(hash)
      }
    }
    this.unwritten.clear()
    this.state.setRecent(this.root, this.recent)
    await this.state.flush()
    const keep = new Set([...this.recent, ...this.state.entries(this.root).map(([, e]) => e.hash)])
    for (const hash of [...known]) {
      if (keep.has(hash)) continue
      try {
        await unlink(this.blobPath(hash))
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw error
      }
      known.delete(hash)
    }
  }

  private touch(hashes: readonly string[]): void {
    const set = new Set(hashes)
    this.recent = [...this.recent.filter((h) => !set.has(h)), ...set].slice(-this.keepRecent)
  }

  private blobPath(hash: string): string {
    return join(this.blobDir, `${hash}.md`)
  }

  private async knownBlobs(): Promise<Set<string>> {
    if (!this.known) {
      const names = await readdir(this.blobDir).catch((error: unknown) => {
        if (errorCode(error) === 'ENOENT') return [] as string[]
        throw error
      })
      this.known = new Set(names.filter((n) => n.endsWith('.md')).map((n) => n.slice(0, -3)).filter((h) => HASH.test(h)))
    }
    return this.known
  }
}
