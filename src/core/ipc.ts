/**
 * The IPC contract: every channel between renderer and main, declared once.
 * Each channel has a zod schema for its (single, object) argument and a result type.
 * Main wraps its handler table with these schemas (src/core/bridge/wrapHandlerTable.ts);
 * the preload and the test harness build the same named API from API_METHODS.
 */
import { z } from 'zod'
import type { ParsedArticle, Photo } from './model/Article'
import { API_METHODS, type EventName, type EventPayloads } from './ipcNames'
import type { AppUpdate } from './sync/ports'
import type { PushResult, RenameResult, SyncReport } from './sync/SyncEngine'

export { API_METHODS, EVENT_NAMES, type EventName, type EventPayloads } from './ipcNames'

const MAX_FILE_BYTES = 50 * 1024 * 1024

/** A workspace-relative path with forward or back slashes, never absolute, never `..`. */
export const workspacePath = z
  .string()
  .min(1)
  .max(400)
  .refine(
    (p) =>
      !p.includes('\0') &&
      !p.startsWith('/') &&
      !p.startsWith('\\') &&
      !/^[a-zA-Z]:/.test(p) &&
      !p.split(/[\\/]/).includes('..'),
    { message: 'must be a relative path inside the workspace' }
  )

const empty = z.object({}).strict()

/** An absolute folder path as the native dialog returned it (main checks it was one it returned). */
const exportFolder = z.string().min(1).max(4000).refine((p) => !p.includes('\0'), { message: 'must be a folder path' })
/** A plain file name (`<slug>.nitf.xml`): no folders, no leading dot, nothing outside the chosen folder. */
export const exportFileName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/, { message: 'must be a plain file name' })
  .refine((n) => !n.includes('..'), { message: 'must be a plain file name' })

/** One article as the renderer's store has it, for a sync run (core/sync AppArticle). */
const appArticle = z
  .object({
    id: z.string().min(1).max(100),
    path: workspacePath,
    fileHash: z.string().max(128).nullable(),
    trashed: z.boolean(),
    pending: z.object({ seq: z.number().int().nonnegative(), content: z.string().max(MAX_FILE_BYTES) }).strict().nullable()
  })
  .strict()

export const channelSchemas = {
  'workspace:info': empty,
  'workspace:choose': empty,
  /** Makes the folder workspace:choose offered (and only that one) a workspace, importing its article files. */
  'workspace:create': z.object({ path: z.string().min(1).max(4000) }).strict(),
  /** Two-way sync of the renderer's store with the workspace folder (core/sync SyncEngine, run in main). */
  'sync:run': z
    .object({
      articles: z.array(appArticle).max(200_000),
      /** The user confirmed the deletions the last run held back (mass-deletion fail-safe, emptied folder). */
      confirmDeletions: z.boolean().optional()
    })
    .strict(),
  /** Writes the app's queued edits whose files are as their edits expect, without a full run (SyncEngine.push). */
  'sync:push': z.object({ articles: z.array(appArticle).max(200_000) }).strict(),
  /** Renames an article's file after its headline (`articles/<stem>.md`, a free name if taken). */
  'sync:rename': z
    .object({
      id: z.string().min(1).max(100),
      stem: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { message: 'must be lower-case letters, digits and hyphens' })
    })
    .strict(),
  'workspace:scan': empty,
  'workspace:read': z.object({ files: z.array(workspacePath).max(20000) }).strict(),
  'article:write': z
    .object({
      file: workspacePath,
      content: z.string().max(MAX_FILE_BYTES),
      /** Hash of the content main last wrote or read for this file; null: the file must not exist yet. */
      baseHash: z.string().max(128).nullable()
    })
    .strict(),
  'article:trash': z.object({ file: workspacePath }).strict(),
  'registry:scan': empty,
  'registry:write': z
    .object({
      file: workspacePath,
      content: z.string().max(1024 * 1024),
      baseHash: z.string().max(128).nullable()
    })
    .strict(),
  'registry:trash': z.object({ file: workspacePath, baseHash: z.string().max(128).nullable() }).strict(),
  'article:restore': z.object({ file: workspacePath }).strict(),
  'article:rename': z
    .object({
      file: workspacePath,
      slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { message: 'must be lower-case letters, digits and hyphens' })
    })
    .strict(),
  'trash:empty': empty,
  'files:open': z.object({ purpose: z.enum(['open', 'import']) }).strict(),
  'files:parse': z
    .object({
      name: z.string().min(1).max(255),
      bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, {
        message: `must be at most ${MAX_FILE_BYTES} bytes`
      })
    })
    .strict(),
  'spell:check': z.object({ words: z.array(z.string().max(100)).max(20000) }).strict(),
  'spell:suggest': z.object({ word: z.string().min(1).max(100) }).strict(),
  /** Asks for the export destination in the native folder dialog; main remembers the folders chosen. */
  'export:chooseFolder': empty,
  /** Which of these export file names already exist in a folder chosen through export:chooseFolder. */
  'export:existing': z.object({ folder: exportFolder, names: z.array(exportFileName).max(20000) }).strict(),
  /** Writes export files atomically into a chosen folder; without overwrite, an existing file is left alone. */
  'export:write': z
    .object({
      folder: exportFolder,
      files: z.array(z.object({ name: exportFileName, content: z.string().max(MAX_FILE_BYTES) }).strict()).max(500),
      overwrite: z.boolean()
    })
    .strict(),
  'shell:openExternal': z.object({ url: z.string().max(4000) }).strict(),
  /** Copies a photo (dropped or pasted bytes) into media/ and reads its embedded metadata. */
  'photos:add': z
    .object({
      name: z.string().min(1).max(255),
      bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, {
        message: `must be at most ${MAX_FILE_BYTES} bytes`
      })
    })
    .strict(),
  /** The same for photos picked in the native open dialog. */
  'photos:choose': empty,
  /** The bytes of a file in media/ (for a thumbnail). */
  'media:read': z.object({ file: workspacePath }).strict(),
  /** The files in media/ with their sizes. */
  'media:list': empty,
  /** Moves files from media/ to .trash/media/; main keeps those an article file still uses. */
  'media:trash': z.object({ files: z.array(workspacePath).min(1).max(10000) }).strict()
} as const

export type Channel = keyof typeof channelSchemas
export type ChannelArgs<C extends Channel> = z.infer<(typeof channelSchemas)[C]>

export interface WorkspaceInfo {
  /** Absolute path of the workspace folder. */
  path: string
  /** True when this is the default workspace in the user's documents folder. */
  isDefault: boolean
}

/** A folder that is not a workspace yet, and the article files in it that would be imported. */
export interface WorkspaceSetup {
  path: string
  articleFiles: number
}

export interface ScannedFile {
  /** Workspace-relative path, `articles/x.md` or `.trash/articles/x.md`. */
  file: string
  hash: string
  trashed: boolean
}

export interface FileContent {
  file: string
  content: string
  hash: string
  trashed: boolean
}

export type WriteResult =
  | { ok: true; hash: string }
  /** conflict: the file changed since baseHash; exists: baseHash was null but the file is there. */
  | { ok: false; reason: 'conflict' | 'exists'; diskHash: string }

/** A file the user opened or dropped: its parsed article, or why it could not be read. */
export interface OpenedFile {
  name: string
  article?: ParsedArticle
  error?: string
}

/** A photo copied into the workspace's media/ folder, with what its embedded metadata says. */
export interface AddedPhoto {
  /** Workspace-relative path: `media/<name>`. */
  file: string
  /** The article's photo fields pre-filled from the file's IPTC/XMP/EXIF, `file` included. */
  photo: Photo
  /** Its Digital Source Type says it was generated by an algorithm (generative AI). */
  aiGenerated: boolean
  composite: boolean
  /** The embedded JPEG thumbnail, when the file has one. */
  thumbnail: Uint8Array | null
  /** Problems that did not stop the reading (a damaged XMP packet…). */
  warnings: string[]
}

/** One photo the user added: what was added, or why nothing was (not an image, damaged…). */
export interface PhotoFileResult {
  name: string
  added?: AddedPhoto
  error?: string
}

/** A file in the workspace's media/ folder. */
export interface MediaFile {
  /** `media/<name>` */
  file: string
  size: number
}

/** moved: where each file went in .trash/media/; kept: files left in media/, and why. */
export interface MediaTrashResult {
  moved: { file: string; to: string }[]
  kept: { file: string; reason: string }[]
}

export interface ChannelResults {
  'workspace:info': WorkspaceInfo
  /** null: cancelled; info: switched to a workspace; setup: the folder is not a workspace yet (confirm, then workspace:create). */
  'workspace:choose': { info: WorkspaceInfo } | { setup: WorkspaceSetup } | null
  'workspace:create': WorkspaceInfo & { imported: number; failed: { file: string; error: string }[] }
  'sync:run': { report: SyncReport; updates: AppUpdate[] }
  'sync:push': PushResult
  'sync:rename': RenameResult
  'workspace:scan': { files: ScannedFile[] }
  'workspace:read': { files: FileContent[]; missing: string[] }
  'article:write': WriteResult
  'article:trash': { file: string }
  'registry:scan': { files: ScannedFile[] }
  'registry:write': WriteResult
  /** Where the file went in .trash/, or conflict when it changed since baseHash. */
  'registry:trash': { file: string } | { conflict: true }
  'article:restore': { file: string }
  'article:rename': { file: string }
  'trash:empty': { removed: number }
  'files:open': { files: OpenedFile[] }
  'files:parse': OpenedFile
  'spell:check': { misspelled: string[] }
  'spell:suggest': { suggestions: string[] }
  'export:chooseFolder': { folder: string | null }
  'export:existing': { existing: string[] }
  /** written: the names written; existing: names left alone because they exist (overwrite false). */
  'export:write': { written: string[]; existing: string[] }
  'shell:openExternal': { opened: boolean }
  'photos:add': PhotoFileResult
  'photos:choose': { files: PhotoFileResult[] }
  'media:read': { bytes: Uint8Array; mimeType: string }
  'media:list': { files: MediaFile[] }
  'media:trash': MediaTrashResult
}

export type ChannelResult<C extends Channel> = ChannelResults[C]

type Methods = typeof API_METHODS
type MethodFor<C extends Channel> = Record<never, never> extends ChannelArgs<C>
  ? (args?: ChannelArgs<C>) => Promise<ChannelResult<C>>
  : (args: ChannelArgs<C>) => Promise<ChannelResult<C>>

/** The type of `window.copydesk`. */
export type CopydeskApi = {
  [N in keyof Methods]: { [M in keyof Methods[N]]: Methods[N][M] extends Channel ? MethodFor<Methods[N][M]> : never }
} & {
  events: {
    on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void
  }
}

export type HandlerTable = { [C in Channel]: (args: ChannelArgs<C>) => Promise<ChannelResult<C>> }

// The contract's two lists must agree: every API method names a declared channel.
const _methodsNameChannels: Record<string, Record<string, Channel>> = API_METHODS
void _methodsNameChannels
