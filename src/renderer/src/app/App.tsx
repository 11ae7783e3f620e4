import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react'
import type { Editor } from '@tiptap/core'
import type { CopydeskApi } from '../../../core/ipc'
import { COMMANDS } from '../../../core/commands'
import { matchAccelerator } from '../commands/matchAccelerator'
import { openFiles } from '../commands/openFiles'
import { useCommandHandlers } from '../commands/useCommandHandlers'
import { startWorkspaceSync } from '../sync/startWorkspaceSync'
import { watchRegistryIndex } from '../sync/registryIndex'
import { EditorPane } from '../features/editor/EditorPane'
import { ExportDialog } from '../features/export/ExportDialog'
import { InspectorPane } from '../features/inspector/InspectorPane'
import { LibraryPane } from '../features/library/LibraryPane'
import { MediaCleanupDialog } from '../features/media/MediaCleanupDialog'
import { CommandPalette } from '../features/palette/CommandPalette'
import { ShortcutsDialog } from '../features/palette/ShortcutsDialog'
import { QuoteBankDialog } from '../features/registry/QuoteBankDialog'
import { RegistryDialog } from '../features/registry/RegistryDialog'
import { RevisionsDialog } from '../features/revisions/RevisionsDialog'
import { AppContext, type AppContextValue } from './AppContext'
import { Notices } from './Notices'
import { StatusBar } from './StatusBar'
import { initialUi, uiReducer } from './uiReducer'
import { useDropFiles } from './useDropFiles'
import { useTheme } from './useTheme'
import { ConflictsDialog } from '../features/sync/ConflictsDialog'
import { DeletionsDialog } from '../features/sync/DeletionsDialog'
import { SyncLogDialog } from '../features/sync/SyncLogDialog'
import { WorkspaceSetupDialog } from '../features/sync/WorkspaceSetupDialog'

/** The three-pane workstation: library | editor | inspector, with a status bar. */
export function App({ api }: { api: CopydeskApi }): React.JSX.Element {
  const [ui, dispatch] = useReducer(uiReducer, initialUi)
  const editorRef = useRef<Editor | null>(null)
  const headlineRef = useRef<HTMLTextAreaElement | null>(null)
  const handlers = useCommandHandlers({ api, ui, dispatch, editorRef, headlineRef })
  const handlersRef = useRef(handlers)
  handlersRef.current = handlers
  const runCommand = useCallback((id: string) => handlersRef.current[id]?.(), [])
  useTheme(ui.theme)

  useEffect(
    () =>
      startWorkspaceSync(api, {
        onUnreadable: (files) => {
          for (const u of files) dispatch({ type: 'notify', kind: 'error', text: `${u.file}: ${u.error}` })
        },
        onError: (text) => dispatch({ type: 'notify', kind: 'error', text })
      }),
    [api]
  )

  useEffect(() => watchRegistryIndex(), [])

  useEffect(() => {
    const offMenu = api.events.on('menu:command', ({ command }) => runCommand(command))
    const offFiles = api.events.on('files:opened', async ({ files }) => {
      const { ids, errors } = await openFiles(files)
      for (const text of errors) dispatch({ type: 'notify', kind: 'error', text })
      if (ids.length) dispatch({ type: 'select', id: ids[0]! })
    })
    return () => {
      offMenu()
      offFiles()
    }
  }, [api, runCommand])

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      for (const c of COMMANDS) {
        if (!c.accelerator || !matchAccelerator(c.accelerator, e)) continue
        // Inside the editor its own keymap does formatting and undo; elsewhere the app does.
        if (c.editorKey && (e.target as HTMLElement | null)?.closest?.('.ProseMirror')) return
        if (c.editorKey && c.id.startsWith('edit.')) return // text fields keep their own undo
        e.preventDefault()
        runCommand(c.id)
        return
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [runCommand])

  useDropFiles(api, dispatch)

  const context = useMemo<AppContextValue>(
    () => ({ api, ui, dispatch, editorRef, headlineRef, runCommand }),
    [api, ui, runCommand]
  )

  const columns = [ui.showLibrary ? 'var(--library-width)' : '0', 'minmax(0, 1fr)', ui.showInspector ? 'var(--inspector-width)' : '0']
  return (
    <AppContext.Provider value={context}>
      <div className="app" style={{ gridTemplateColumns: columns.join(' ') }}>
        {ui.showLibrary ? <LibraryPane /> : <div />}
        <EditorPane key={ui.selectedId ?? 'none'} />
        {ui.showInspector ? <InspectorPane /> : <div />}
        <StatusBar />
      </div>
      {ui.dialog === 'palette' && <CommandPalette />}
      {ui.dialog === 'shortcuts' && <ShortcutsDialog />}
      {ui.dialog === 'revisions' && ui.selectedId && <RevisionsDialog articleId={ui.selectedId} />}
      {ui.dialog === 'registry' && <RegistryDialog />}
      {ui.dialog === 'quoteBank' && <QuoteBankDialog />}
      {ui.dialog === 'export' && <ExportDialog />}
      {ui.dialog === 'mediaCleanup' && <MediaCleanupDialog />}
      {ui.dialog === 'conflicts' && <ConflictsDialog />}
      {ui.dialog === 'syncLog' && <SyncLogDialog />}
      {ui.dialog === 'deletions' && <DeletionsDialog />}
      {ui.dialog === 'workspaceSetup' && ui.workspaceSetup && <WorkspaceSetupDialog setup={ui.workspaceSetup} />}
      <Notices />
    </AppContext.Provider>
  )
}
