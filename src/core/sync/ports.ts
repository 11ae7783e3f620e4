/**
 * The sync engine's view of the world: the workspace folder, the per-device base state and
 * the app's store, each behind a small port. Core holds the interfaces and in-memory
 * implementations (tests); main holds the Node ones.
 */

/** One file in `articles/` or `.trash/articles/`, as listed by a scan. */
export interface ListedFile {
  /** Workspace-relative, forward slashes, exactly as the file system spells it. */
  path: string
  /** Content hash of the bytes; null when the file was not hashed (too large, or unreadable: see `error`). */
  hash: string | null
  size: number
  mtimeMs: number
  error?: string
}

export type FolderListing =
  | { ok: true; files: ListedFile[]; articlesDirPresent: boolean }
  /** The folder is not there (unmounted, deleted), is no longer a workspace, or cannot be listed. */
  | { ok: false; reason: 'unreachable' | 'notWorkspace' | 'unreadable'; message: string }

export type ReadResult =
  | { ok: true; bytes: Uint8Array; hash: string }
  | { ok: false; reason: 'missing' | 'tooLarge' | 'error'; message: string }

export type WriteResult =
  | { ok: true; hash: string }
  /** The file is not what the caller expected (null: it exists; else: it changed or vanished). */
  | { ok: false; reason: 'changed'; current: string | null }

export type MoveResult =
  | { ok: true }
  | { ok: false; reason: 'changed' | 'missing' | 'targetExists'; message: string }

/**
 * The workspace folder. Writes are atomic (temp file, fsync, rename, directory fsync in the
 * Node port) and compare-and-swap: the file must still have the `expect` hash (null: must not
 * exist) right before it is replaced; a file that already holds exactly `content` is success.
 * Moves never replace an existing target.
 */
export interface FolderPort {
  list(): Promise<FolderListing>
  read(path: string): Promise<ReadResult>
  write(path: string, content: string, expect: string | null): Promise<WriteResult>
  move(from: string, to: string, expect: string): Promise<MoveResult>
  /** The hash this port gives content once written (sha256 of UTF-8 in the Node port). */
  hash(content: string): string
}

/** What this device last wrote to or read from one workspace file. */
export interface BaseEntry {
  path: string
  /** The article id in the file; null: the file has none; undefined: not recorded. */
  id?: string | null
  hash: string
}

export type BaseStep =
  | { op: 'set'; path: string; id: string | null; hash: string; content?: string }
  | { op: 'delete'; path: string }

/**
 * Per-device sync state: the base entry of each file, and the content of recent versions by
 * hash (the common ancestor a three-way merge needs). Kept out of the workspace.
 */
export interface BaseStore {
  entries(): Promise<Map<string, BaseEntry>>
  /** The stored contents of these hashes; unknown ones are left out. */
  contents(hashes: readonly string[]): Promise<Map<string, string>>
  apply(steps: readonly BaseStep[]): Promise<void>
  /** Keeps these hashes' contents a while longer (the bases of the app's unsynced edits). */
  retain(hashes: readonly string[]): Promise<void>
  /** Makes what was applied durable. */
  flush(): Promise<void>
}

/** One article as the app's store has it. */
export interface AppArticle {
  id: string
  /** Where the app believes the file is (`articles/x.md`; `.trash/articles/x.md` when trashed). */
  path: string
  /** Hash of the folder version the app's content comes from; null: never written or read. */
  fileHash: string | null
  trashed: boolean
  /** Unsynced edits (the outbox): the serialized article and the outbox sequence number. */
  pending: { seq: number; content: string } | null
}

/** What the sync tells the app about one article. */
export interface AppUpdate {
  id: string
  path: string
  /** The article's text; undefined: keep the app's own content (only trashed or moved). */
  content?: string
  fileHash: string | null
  trashed: boolean
  conflictOf?: string
  /** The outbox seq the plan saw (null: none). If the app has edited since, its newer edit stays. */
  expectSeq: number | null
  /** `content` is exactly the app's content at expectSeq (so newer edits build on the new fileHash). */
  contentIsApps: boolean
}

export interface AppPort {
  snapshot(): Promise<AppArticle[]>
  apply(updates: readonly AppUpdate[]): Promise<void>
}

/**
 * Thrown to abandon a sync run at once, as if the process died (tests simulate crashes with
 * it); every other error fails only the action it happened in.
 */
export class SyncAbort extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SyncAbort'
  }
}
