import { join, resolve } from 'node:path'
import type { EventName, EventPayloads, HandlerTable, OpenedFile, WorkspaceInfo } from '../../core/ipc'
import { createExportHandlers } from './export/createExportHandlers'
import { openedFileFromBytes, type ArticleImporter } from './files/openedFileFromBytes'
import { openedFileFromPath } from './files/openedFileFromPath'
import { IMPORT_EXTENSIONS, importFile } from './files/importFile'
import type { Logger } from './Logger'
import type { DialogPort } from './ports/DialogPort'
import type { ShellPort } from './ports/ShellPort'
import { AppSettings } from './settings/AppSettings'
import { SpellService } from './spell/SpellService'
import { SyncState } from './sync/SyncState'
import { WorkspaceSync } from './sync/WorkspaceSync'
import { findArticleFiles, importFolderArticles } from './workspace/importFolderArticles'
import { isWorkspace } from './workspace/isWorkspace'
import { createMediaHandlers } from './media/createMediaHandlers'
import { mapWithConcurrency } from './util/mapWithConcurrency'
import { defaultWorkspacePath } from './workspace/defaultWorkspacePath'
import { ensureDefaultWorkspace } from './workspace/ensureDefaultWorkspace'
import { WorkspaceStore } from './workspace/WorkspaceStore'

export interface ServiceDeps {
  /** The app's own data folder (Electron: app.getPath('userData')): settings and sync state. */
  appDataDir: string
  /** The user's documents folder (Electron: app.getPath('documents')): the default workspace goes here. */
  documentsDir: string
  /** The bundled sample workspace (resources/sample-workspace), copied into a new default workspace. */
  sampleDir: string
  dialog: DialogPort
  shell: ShellPort
  /** Pushes an event to the renderer (Electron: webContents.send). */
  emit?: <E extends EventName>(event: E, payload: EventPayloads[E]) => void
  log?: Logger
  /** How long sync-state changes wait before being saved together (default 500 ms). */
  syncStateDebounceMs?: number
}

export interface Services {
  /** The IPC handler table; wrap it with wrapHandlerTable before exposing it. */
  table: HandlerTable
  /** The one settings instance (main keeps window bounds in it too, so neither side overwrites the other). */
  settings(): Promise<AppSettings>
  /** The current workspace (from settings, else the default one, created on first use). */
  workspace(): Promise<{ info: WorkspaceInfo; store: WorkspaceStore }>
  /** Reads and imports files handed over from outside (second instance, "open with"). */
  openPaths(paths: string[]): Promise<OpenedFile[]>
  /** Saves pending state (sync state, settings) and stops watching folders; call before the process exits. */
  flush(): Promise<void>
}

/** What the open dialog offers: the formats importArticle reads. */
const OPEN_FILTERS = [{ name: 'Articles', extensions: IMPORT_EXTENSIONS }]
/** Only these leave the app through the system browser or mail client; never file:, javascript: or app links. */
const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/**
 * Builds the plain-Node services behind the IPC contract and the handler table over them.
 * Nothing is read from disk until the first call, so creating it is free; state files live in
 * `appDataDir`, Electron features arrive as ports, and the same table serves ipcMain, the
 * browser test harness and unit tests.
 */
export function createServices(deps: ServiceDeps): Services {
  const log = deps.log ?? console
  const spell = new SpellService()
  const importer: ArticleImporter = importFile

  let state: Promise<{ settings: AppSettings; sync: SyncState }> | undefined
  const init = (): Promise<{ settings: AppSettings; sync: SyncState }> => {
    state ??= (async () => {
      const [settings, sync] = await Promise.all([
        AppSettings.load(join(deps.appDataDir, 'settings.json'), log),
        SyncState.load(join(deps.appDataDir, 'sync-state.json'), { debounceMs: deps.syncStateDebounceMs, log })
      ])
      return { settings, sync }
    })().catch((err: unknown) => {
      state = undefined // let the next call try again
      throw err
    })
    return state
  }

  // One store per folder for the life of the process, so switching away and back keeps its
  // hash cache and, above all, its mutex (two stores on one folder could interleave writes).
  const stores = new Map<string, WorkspaceStore>()
  const storeFor = (root: string, sync: SyncState): WorkspaceStore => {
    let s = stores.get(root)
    if (!s) {
      s = new WorkspaceStore(root, sync)
      stores.set(root, s)
    }
    return s
  }

  // One sync per folder for the life of the process too: its engine serialises runs and its
  // folder port keeps the hash cache that makes a no-change rescan cheap.
  const syncs = new Map<string, WorkspaceSync>()
  const syncFor = async (root: string): Promise<WorkspaceSync> => {
    let s = syncs.get(root)
    if (!s) {
      const { sync } = await init()
      s = new WorkspaceSync({
        root,
        state: sync,
        appDataDir: deps.appDataDir,
        onProgress: (p) => deps.emit?.('sync:progress', { ...p }),
        onHint: (paths) => {
          // Only the current workspace's changes matter to the renderer.
          void workspace().then((w) => {
            if (w.store.root === root) deps.emit?.('sync:hint', { paths })
          })
        },
        log
      })
      syncs.set(root, s)
    }
    return s
  }
  /** The folder workspace:choose last offered to make a workspace (workspace:create takes only that one). */
  let offeredSetup: string | null = null

  type Current = { info: WorkspaceInfo; store: WorkspaceStore }
  let current: Promise<Current> | undefined
  const workspace = (): Promise<Current> => {
    if (current) return current
    const attempt: Promise<Current> = (async () => {
      const { settings, sync } = await init()
      const defaultPath = resolve(defaultWorkspacePath(deps.documentsDir))
      const saved = settings.get().workspacePath
      // A saved folder that is missing is kept (an unplugged drive comes back); the store
      // reports it as unreachable rather than the app quietly switching folders.
      if (saved && resolve(saved) !== defaultPath) {
        return { info: { path: resolve(saved), isDefault: false }, store: storeFor(resolve(saved), sync) }
      }
      const { path } = await ensureDefaultWorkspace(deps.documentsDir, deps.sampleDir, log)
      return { info: { path: resolve(path), isDefault: true }, store: storeFor(resolve(path), sync) }
    })().catch((err: unknown) => {
      // Let the next call try again, unless workspace:choose has meanwhile set a folder.
      if (current === attempt) current = undefined
      throw err
    })
    current = attempt
    return attempt
  }
  const store = async (): Promise<WorkspaceStore> => (await workspace()).store

  /** Makes `root` (a workspace) the current one, remembered in settings; tells the renderer. */
  const switchTo = async (root: string): Promise<WorkspaceInfo> => {
    const { settings, sync } = await init()
    const next = storeFor(root, sync)
    await next.ensureLayout()
    await settings.update({ workspacePath: root })
    const info: WorkspaceInfo = { path: root, isDefault: root === resolve(defaultWorkspacePath(deps.documentsDir)) }
    current = Promise.resolve({ info, store: next })
    deps.emit?.('workspace:switched', { ...info })
    return { ...info }
  }

  const openPaths = (paths: string[]): Promise<OpenedFile[]> =>
    mapWithConcurrency(paths, 4, (p) => openedFileFromPath(resolve(p), importer, log))

  const table: HandlerTable = {
    'workspace:info': async () => ({ ...(await workspace()).info }),

    'workspace:choose': async () => {
      const picked = await deps.dialog.chooseFolder()
      if (!picked) return null
      const root = resolve(picked)
      if (!(await isWorkspace(root))) {
        offeredSetup = root
        return { setup: { path: root, articleFiles: (await findArticleFiles(root)).length } }
      }
      return { info: await switchTo(root) }
    },

    'workspace:create': async ({ path }) => {
      const root = resolve(path)
      if (root !== offeredSetup) throw new Error('workspace:create takes only the folder just chosen in the dialog')
      offeredSetup = null
      const files = await findArticleFiles(root)
      const { sync } = await init()
      await storeFor(root, sync).ensureLayout()
      const result = await importFolderArticles(root, files, (done, total) => deps.emit?.('sync:progress', { phase: 'importing', done, total }))
      return { ...(await switchTo(root)), ...result }
    },

    'sync:run': async ({ articles, confirmDeletions }) => {
      const sync = await syncFor((await store()).root)
      sync.startWatching()
      return sync.run(articles, confirmDeletions ?? false)
    },
    'sync:push': async ({ articles }) => (await syncFor((await store()).root)).push(articles),
    'sync:rename': async ({ id, stem }) => (await syncFor((await store()).root)).rename(id, stem),

    'workspace:scan': async () => ({ files: await (await store()).scan() }),
    'workspace:read': async ({ files }) => (await store()).read(files),
    'article:write': async ({ file, content, baseHash }) => (await store()).write(file, content, baseHash),
    'article:trash': async ({ file }) => ({ file: await (await store()).trash(file) }),
    'registry:scan': async () => ({ files: await (await store()).scanRegistry() }),
    'registry:write': async ({ file, content, baseHash }) => {
      if (!/^(entities|sources)\//.test(file)) throw new Error('registry:write takes entities/<id>.yaml or sources/<id>.yaml')
      return (await store()).write(file, content, baseHash)
    },
    'registry:trash': async ({ file, baseHash }) => (await store()).trashRegistry(file, baseHash),
    'article:restore': async ({ file }) => ({ file: await (await store()).restore(file) }),
    'article:rename': async ({ file, slug }) => ({ file: await (await store()).rename(file, slug) }),
    'trash:empty': async () => ({ removed: await (await store()).emptyTrash() }),

    'files:open': async ({ purpose }) => {
      const paths = await deps.dialog.openFiles({ purpose, filters: OPEN_FILTERS })
      if (!paths || paths.length === 0) return { files: [] }
      return { files: await openPaths(paths) }
    },
    'files:parse': async ({ name, bytes }) => openedFileFromBytes(name, bytes, importer, log),

    ...createMediaHandlers({ root: async () => (await store()).root, dialog: deps.dialog, log }),

    ...createExportHandlers({ dialog: deps.dialog }),

    'spell:check': async ({ words }) => ({ misspelled: await spell.check(words) }),
    'spell:suggest': async ({ word }) => ({ suggestions: await spell.suggest(word) }),

    'shell:openExternal': async ({ url }) => {
      let parsed: URL
      try {
        parsed = new URL(url)
      } catch {
        return { opened: false }
      }
      if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return { opened: false }
      try {
        await deps.shell.openExternal(parsed.href)
        return { opened: true }
      } catch (err) {
        log.warn(`Could not open ${parsed.href}`, err)
        return { opened: false }
      }
    }
  }

  return {
    table,
    settings: async () => (await init()).settings,
    workspace,
    openPaths,
    flush: async () => {
      if (!state) return
      const { settings, sync } = await state
      await Promise.all([sync.flush(), settings.flush(), ...[...syncs.values()].map((s) => s.close())])
    }
  }
}
