/**
 * The IPC contract: every channel between renderer and main, declared once.
 * Each channel has a zod schema for its (single, object) argument and a result type.
 * Main wraps its handler table with these schemas (src/core/bridge/wrapHandlerTable.ts);
 * the preload and the test harness build the same named API from API_METHODS.
 */
import { z } from 'zod'
import type { ParsedArticle } from './model/Article'
import { API_METHODS, type EventName, type EventPayloads } from './ipcNames'

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

export const channelSchemas = {
  'workspace:info': empty,
  'workspace:choose': empty,
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
  'shell:openExternal': z.object({ url: z.string().max(4000) }).strict()
} as const

export type Channel = keyof typeof channelSchemas
export type ChannelArgs<C extends Channel> = z.infer<(typeof channelSchemas)[C]>

export interface WorkspaceInfo {
  /** Absolute path of the workspace folder. */
  path: string
  /** True when this is the default workspace in the user's documents folder. */
  isDefault: boolean
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

export interface ChannelResults {
  'workspace:info': WorkspaceInfo
  'workspace:choose': WorkspaceInfo | null
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
  'shell:openExternal': { opened: boolean }
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
