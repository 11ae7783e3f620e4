import { useLiveQuery } from 'dexie-react-hooks'
import { useApp } from '../../app/AppContext'
import { Modal } from '../../app/Modal'
import { db } from '../../db/db'
import { runSync } from '../../sync/runSync'
import { useSyncStatus } from './useSyncStatus'

/** What the sync did and could not do, newest first, with the state it is in now. */
export function SyncLogDialog(): React.JSX.Element {
  const { api, dispatch } = useApp()
  const status = useSyncStatus()
  const rows = useLiveQuery(() => db.syncLog.orderBy('seq').reverse().limit(300).toArray()) ?? []
  const close = (): void => dispatch({ type: 'dialog', dialog: null })
  return (
    <Modal title="Sync log" onClose={close} wide>
      <p className="sync-summary">
        {status.paused
          ? `Paused: ${status.paused.message}`
          : status.error
            ? `Last run failed: ${status.error}`
            : status.lastRunAt
              ? `Last synced ${new Date(status.lastRunAt).toLocaleTimeString()}.`
              : 'Not synced yet.'}
      </p>
      <ol className="sync-log" aria-label="Sync log entries">
        {rows.map((r) => (
          <li key={r.seq} className={`sync-log-${r.level}`}>
            <time dateTime={r.at}>{new Date(r.at).toLocaleString()}</time> <span>{r.text}</span>
          </li>
        ))}
        {!rows.length && <li className="muted">Nothing yet.</li>}
      </ol>
      <div className="dialog-actions">
        <button type="button" onClick={close}>Close</button>
        <button type="button" className="primary" onClick={() => void runSync(api).catch(() => {})}>Sync now</button>
      </div>
    </Modal>
  )
}
