import {
  SyncAbort,
  type BaseEntry,
  type BaseStep,
  type BaseStore,
  type FolderListing,
  type FolderPort,
  type ListedFile,
  type MoveResult,
  type ReadResult,
  type WriteResult
} from './ports'
import { ARTICLES_DIR, TRASH_DIR } from './syncPaths'

const encoder = new TextEncoder()

/** A fast non-cryptographic 64-bit content hash (two FNV-1a lanes), for the in-memory folder. */
export function fnvHash(bytes: Uint8Array): string {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193 ^ bytes.length
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    h1 = Math.imul(h1 ^ b, 0x01000193) >>> 0
    h2 = Math.imul(h2 ^ b ^ (h1 >>> 7), 0x5bd1e995) >>> 0
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')
}

interface MemoryFile {
  path: string
  bytes: Uint8Array
  mtimeMs: number
}

export interface MemoryFolderOptions {
  /** Names differing only in case are one file (macOS, Windows). */
  caseInsensitive?: boolean
  /** Names differing only in Unicode normalization are one file (macOS). */
  normalizationInsensitive?: boolean
  /** Files larger than this are listed without a hash and not read. */
  maxReadBytes?: number
  /** Awaited at the start of every port call: lets a test interleave concurrent runs. */
  beforeOp?: (op: string, path: string) => Promise<void>
}

/**
 * The workspace folder in memory (FolderPort), with the file-system quirks the sync must
 * survive: case- and normalization-insensitive names, a folder that goes away, and a crash
 * between writing the temp file and renaming it over the target (the temp file stays, as a
 * real crash leaves it). Test code changes it directly (`put`, `remove`, `rename`) as another
 * tool would.
 */
export class MemoryFolder implements FolderPort {
  reachable = true
  isWorkspace = true
  articlesDirPresent = true
  /** Writes left before the next simulated crash (0: crash on the next write); null: no crash. */
  crashAfterWrites: number | null = null
  /** Errors to throw from the next port calls, consumed one per call (e.g. 'EBUSY'). */
  readonly failures: { op: 'write' | 'move' | 'read' | 'list'; code: string }[] = []
  private readonly files = new Map<string, MemoryFile>()
  private clock = 1_700_000_000_000
  private temps = 0

  constructor(private readonly opts: MemoryFolderOptions = {}) {}

  hash(content: string): string {
    return fnvHash(encoder.encode(content))
  }

  private key(path: string): string {
    let k = path
    if (this.opts.normalizationInsensitive) k = k.normalize('NFC')
    if (this.opts.caseInsensitive) k = k.toLowerCase()
    return k
  }

  private async enter(op: 'write' | 'move' | 'read' | 'list', path: string): Promise<void> {
    await this.opts.beforeOp?.(op, path)
    const i = this.failures.findIndex((f) => f.op === op)
    if (i >= 0) {
      const [failure] = this.failures.splice(i, 1)
      throw Object.assign(new Error(`${failure!.code}: simulated ${op} failure on ${path}`), { code: failure!.code })
    }
    if (!this.reachable) throw Object.assign(new Error(`ENOENT: the folder is gone (${path})`), { code: 'ENOENT' })
  }

  // ---- FolderPort

  async list(): Promise<FolderListing> {
    try {
      await this.enter('list', '')
    } catch (error) {
      if (!this.reachable) return { ok: false, reason: 'unreachable', message: 'The workspace folder is not reachable.' }
      return { ok: false, reason: 'unreadable', message: error instanceof Error ? error.message : String(error) }
    }
    if (!this.isWorkspace) return { ok: false, reason: 'notWorkspace', message: 'copydesk.json is missing.' }
    const files: ListedFile[] = []
    for (const f of this.files.values()) {
      const dir = f.path.slice(0, f.path.lastIndexOf('/'))
      if (dir !== ARTICLES_DIR && dir !== TRASH_DIR) continue
      if (dir === ARTICLES_DIR && !this.articlesDirPresent) continue
      const tooLarge = this.opts.maxReadBytes !== undefined && f.bytes.length > this.opts.maxReadBytes
      files.push({ path: f.path, hash: tooLarge ? null : fnvHash(f.bytes), size: f.bytes.length, mtimeMs: f.mtimeMs })
    }
    files.sort((a, b) => (a.path < b.path ? -1 : 1))
    return { ok: true, files, articlesDirPresent: this.articlesDirPresent }
  }

  async read(path: string): Promise<ReadResult> {
    await this.enter('read', path)
    const f = this.files.get(this.key(path))
    if (!f) return { ok: false, reason: 'missing', message: `${path} is gone` }
    if (this.opts.maxReadBytes !== undefined && f.bytes.length > this.opts.maxReadBytes) {
      return { ok: false, reason: 'tooLarge', message: `${path} is too large` }
    }
    return { ok: true, bytes: f.bytes.slice(), hash: fnvHash(f.bytes) }
  }

  async write(path: string, content: string, expect: string | null): Promise<WriteResult> {
    await this.enter('write', path)
    const bytes = encoder.encode(content)
    const hash = fnvHash(bytes)
    const current = this.files.get(this.key(path))
    const currentHash = current ? fnvHash(current.bytes) : null
    if (currentHash === hash) return { ok: true, hash }
    if (currentHash !== expect) return { ok: false, reason: 'changed', current: currentHash }
    if (this.crashAfterWrites !== null) {
      if (this.crashAfterWrites <= 0) {
        this.crashAfterWrites = null
        this.setFile(`${path}.tmp-${++this.temps}`, bytes)
        throw new SyncAbort(`simulated crash after writing the temp file for ${path}`)
      }
      this.crashAfterWrites--
    }
    this.setFile(current?.path ?? path, bytes)
    return { ok: true, hash }
  }

  async move(from: string, to: string, expect: string): Promise<MoveResult> {
    await this.enter('move', from)
    const src = this.files.get(this.key(from))
    if (!src) return { ok: false, reason: 'missing', message: `${from} is gone` }
    if (fnvHash(src.bytes) !== expect) return { ok: false, reason: 'changed', message: `${from} changed` }
    const dst = this.files.get(this.key(to))
    if (dst && dst !== src) return { ok: false, reason: 'targetExists', message: `${to} exists` }
    this.files.delete(this.key(from))
    this.files.set(this.key(to), { ...src, path: to })
    return { ok: true }
  }

  // ---- direct access, as another tool would have

  put(path: string, content: string | Uint8Array): void {
    const existing = this.files.get(this.key(path))
    this.setFile(existing?.path ?? path, typeof content === 'string' ? encoder.encode(content) : content)
  }

  get(path: string): string | undefined {
    const f = this.files.get(this.key(path))
    return f ? new TextDecoder().decode(f.bytes) : undefined
  }

  remove(path: string): boolean {
    return this.files.delete(this.key(path))
  }

  /** Renames like `mv` (replacing the target); returns false if `from` is missing. */
  rename(from: string, to: string): boolean {
    const f = this.files.get(this.key(from))
    if (!f) return false
    this.files.delete(this.key(from))
    this.files.set(this.key(to), { ...f, path: to })
    return true
  }

  /** Whether two names are one file here (case- or normalization-insensitive names). */
  sameFile(a: string, b: string): boolean {
    return this.key(a) === this.key(b)
  }

  paths(): string[] {
    return [...this.files.values()].map((f) => f.path).sort()
  }

  entries(): { path: string; text: string }[] {
    return [...this.files.values()].map((f) => ({ path: f.path, text: new TextDecoder().decode(f.bytes) })).sort((a, b) => (a.path < b.path ? -1 : 1))
  }

  private setFile(path: string, bytes: Uint8Array): void {
    this.clock += 1000
    this.files.set(this.key(path), { path, bytes, mtimeMs: this.clock })
  }
}

interface BaseState {
  entries: Map<string, BaseEntry>
  blobs: Map<string, string>
  recent: string[]
}

const cloneState = (s: BaseState): BaseState => ({ entries: new Map(s.entries), blobs: new Map(s.blobs), recent: [...s.recent] })

/**
 * Per-device base state in memory (BaseStore). `flush()` is the durable point: `crash()`
 * returns to what was last flushed, `wipe()` loses everything (a deleted app-data folder).
 * Contents are kept for current entries and the most recent earlier versions.
 */
export class MemoryBaseStore implements BaseStore {
  private state: BaseState = { entries: new Map(), blobs: new Map(), recent: [] }
  private durable: BaseState = cloneState(this.state)

  constructor(private readonly keepRecent = 256) {}

  async entries(): Promise<Map<string, BaseEntry>> {
    return new Map([...this.state.entries].map(([k, v]) => [k, { ...v }]))
  }

  async contents(hashes: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>()
    for (const h of hashes) {
      const text = this.state.blobs.get(h)
      if (text !== undefined) out.set(h, text)
    }
    return out
  }

  async apply(steps: readonly BaseStep[]): Promise<void> {
    for (const step of steps) {
      const previous = this.state.entries.get(step.path)
      if (previous) this.touch([previous.hash])
      if (step.op === 'delete') {
        this.state.entries.delete(step.path)
      } else {
        this.state.entries.set(step.path, { path: step.path, id: step.id, hash: step.hash })
        if (step.content !== undefined) this.state.blobs.set(step.hash, step.content)
        this.touch([step.hash])
      }
    }
  }

  async retain(hashes: readonly string[]): Promise<void> {
    this.touch(hashes)
  }

  async flush(): Promise<void> {
    this.collect()
    this.durable = cloneState(this.state)
  }

  crash(): void {
    this.state = cloneState(this.durable)
  }

  wipe(): void {
    this.state = { entries: new Map(), blobs: new Map(), recent: [] }
    this.durable = cloneState(this.state)
  }

  private touch(hashes: readonly string[]): void {
    const set = new Set(hashes)
    this.state.recent = [...this.state.recent.filter((h) => !set.has(h)), ...set].slice(-this.keepRecent)
  }

  private collect(): void {
    const keep = new Set([...this.state.recent, ...[...this.state.entries.values()].map((e) => e.hash)])
    for (const h of this.state.blobs.keys()) if (!keep.has(h)) this.state.blobs.delete(h)
  }
}
