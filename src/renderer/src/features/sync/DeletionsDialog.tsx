import { useApp } from '../../app/AppContext'
import { Modal } from '../../app/Modal'
import { runSync } from '../../sync/runSync'
import { useSyncStatus } from './useSyncStatus'

/**
 * The mass-deletion fail-safe's question: many articles are gone from the folder (or the folder
 * looks emptied). Nothing is removed until the user says so; even then they go to the trash.
 */
export function DeletionsDialog(): React.JSX.Element {
  const { api, dispatch } = useApp()
  const { awaitingConfirmation, paused } = useSyncStatus()
  const close = (): void => dispatch({ type: 'dialog', dialog: null })
  const confirm = async (): Promise<void> => {
    close()
    try {
      await runSync(api, { confirmDeletions: true })
      dispatch({ type: 'notify', kind: 'info', text: `Moved ${awaitingConfirmation.length} article(s) to the trash.` })
    } catch (error) {
      dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) })
    }
  }
  return (
    <Modal title="Articles deleted in the folder" onClose={close}>
      <p>
        {paused?.reason === 'emptied'
          ? paused.message
          : `${awaitingConfirmation.length} articles are gone from the workspace folder. That is more than a sync normally removes, so nothing has been deleted here yet.`}
      </p>
      <ul className="deletion-list" aria-label="Articles gone from the folder">
        {awaitingConfirmation.slice(0, 50).map((d) => (
          <li key={d.id}>{d.path}</li>
        ))}
        {awaitingConfirmation.length > 50 && <li className="muted">…and {awaitingConfirmation.length - 50} more</li>}
      </ul>
      <p className="muted">If you confirm, they move to the trash (restorable). If not, sync stays paused for them; put the files back or check the folder.</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={close}>Keep them</button>
        <button type="button" onClick={() => void confirm()}>Move {awaitingConfirmation.length} to the trash</button>
      </div>
    </Modal>
  )
}
