/**
 * The names half of the IPC contract (src/core/ipc.ts): the named API and the events, with no
 * schemas, so the sandboxed preload bundles none of zod.
 */
import type { OpenedFile, WorkspaceInfo } from './ipc'

/** Events main pushes to the renderer. */
export interface EventPayloads {
  /** A menu item or accelerator fired; the renderer runs the command of that id. */
  'menu:command': { command: string }
  /** The workspace folder changed (user chose another one). */
  'workspace:switched': WorkspaceInfo
  /** Files handed to the app from outside (second instance, OS "open with"). */
  'files:opened': { files: OpenedFile[] }
  /** Progress of a sync run (large folders) or of importing a folder made a workspace. */
  'sync:progress': { phase: 'reading' | 'applying' | 'importing'; done: number; total: number }
  /** Something changed in the workspace folder (a watcher hint): time to sync. */
  'sync:hint': { paths: string[] }
}
export type EventName = keyof EventPayloads
export const EVENT_NAMES: readonly EventName[] = ['menu:command', 'workspace:switched', 'files:opened', 'sync:progress', 'sync:hint']

/** The named API the preload exposes as `window.copydesk`: namespace → method → channel. */
export const API_METHODS = {
  workspace: {
    info: 'workspace:info',
    choose: 'workspace:choose',
    create: 'workspace:create',
    scan: 'workspace:scan',
    read: 'workspace:read'
  },
  articles: {
    write: 'article:write',
    trash: 'article:trash',
    restore: 'article:restore',
    rename: 'article:rename',
    emptyTrash: 'trash:empty'
  },
  sync: { run: 'sync:run', push: 'sync:push', rename: 'sync:rename' },
  registry: { scan: 'registry:scan', write: 'registry:write', trash: 'registry:trash' },
  files: { open: 'files:open', parse: 'files:parse' },
  spell: { check: 'spell:check', suggest: 'spell:suggest' },
  export: { chooseFolder: 'export:chooseFolder', existing: 'export:existing', write: 'export:write' },
  shell: { openExternal: 'shell:openExternal' },
  photos: { add: 'photos:add', choose: 'photos:choose' },
  media: { read: 'media:read', list: 'media:list', trash: 'media:trash' }
} as const

