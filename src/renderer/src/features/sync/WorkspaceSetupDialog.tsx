import { useState } from 'react'
import type { WorkspaceSetup } from '../../../../core/ipc'
import { useApp } from '../../app/AppContext'
import { Modal } from '../../app/Modal'
import { runSync } from '../../sync/runSync'
import { useSyncStatus } from './useSyncStatus'

/** File › Open Workspace… chose a folder that is not a workspace: offer to make it one and import its articles. */
export function WorkspaceSetupDialog({ setup }: { setup: WorkspaceSetup }): React.JSX.Element {
  const { api, dispatch } = useApp()
  const { progress } = useSyncStatus()
  const [busy, setBusy] = useState(false)
  const close = (): void => dispatch({ type: 'dialog', dialog: null })
  const create = async (): Promise<void> => {
    setBusy(true)
    try {
      // Edits of the current workspace go out before the switch.
      await runSync(api).catch(() => {})
      const result = await api.workspace.create({ path: setup.path })
      for (const f of result.failed.slice(0, 5)) dispatch({ type: 'notify', kind: 'error', text: `${f.file}: ${f.error}` })
      // The store follows the folder: it is rebuilt from the new workspace on reload.
      location.reload()
    } catch (error) {
      setBusy(false)
      dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) })
    }
  }
  const importing = busy && progress?.phase === 'importing' ? progress : null
  return (
    <Modal title="Make this folder a workspace?" onClose={() => !busy && close()}>
      <p>
        <strong>{setup.path}</strong> is not a Copydesk workspace yet.{' '}
        {setup.articleFiles
          ? `Copydesk will set it up and import the ${setup.articleFiles} article file${setup.articleFiles === 1 ? '' : 's'} it found (the originals stay where they are).`
          : 'Copydesk will set it up (articles/, entities/, sources/, media/ and copydesk.json).'}
      </p>
      {busy && (
        <p role="status" aria-live="polite">
          {importing ? `Importing ${importing.done} of ${importing.total}…` : 'Setting up…'}
          {importing && <progress max={importing.total} value={importing.done} />}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" disabled={busy} onClick={close}>Cancel</button>
        <button type="button" className="primary" disabled={busy} onClick={() => void create()}>
          Make it a workspace
        </button>
      </div>
    </Modal>
  )
}
