import { useArticleRow } from '../db/useArticleRow'
import { useChecks } from '../features/checks/useChecks'
import { useSaveState } from '../db/useSaveState'
import { useConflictCopies, useSyncStatus } from '../features/sync/useSyncStatus'
import type { SyncStatus } from '../sync/syncStatus'
import { useApp } from './AppContext'

const SAVE_LABELS = { saved: 'Saved', saving: 'Saving…', retrying: 'Not saved to folder — retrying', conflict: 'Changed outside — not saved' }

/** The folder side of the status bar: synced, syncing (with progress), paused (why), or waiting. */
function syncLabel(status: SyncStatus, queued: number): { text: string; title?: string; alert: boolean } {
  if (status.paused) return { text: status.paused.reason === 'emptied' ? 'Sync paused — folder looks empty' : 'Sync paused — folder unavailable', title: status.paused.message, alert: true }
  if (status.awaitingConfirmation.length) return { text: `${status.awaitingConfirmation.length} deletions to confirm`, alert: true }
  if (status.progress && status.running && status.progress.total > 20) {
    const verb = status.progress.phase === 'importing' ? 'Importing' : 'Syncing'
    return { text: `${verb}… ${status.progress.done.toLocaleString()} / ${status.progress.total.toLocaleString()}`, alert: false }
  }
  if (status.error) return { text: 'Sync failed — retrying', title: status.error, alert: true }
  if (queued) return { text: `${queued} waiting for the folder`, alert: false }
  if (status.running) return { text: 'Syncing…', alert: false }
  return { text: status.lastRunAt ? 'Synced' : 'Syncing…', title: status.lastRunAt ? `Last synced ${new Date(status.lastRunAt).toLocaleTimeString()}` : undefined, alert: false }
}

/** Word count, save state, folder state and open checks of the article in front of the user. */
export function StatusBar(): React.JSX.Element {
  const { ui, dispatch } = useApp()
  const row = useArticleRow(ui.selectedId)
  const save = useSaveState(ui.selectedId)
  const findings = useChecks(row)
  const errors = findings?.filter((f) => f.severity === 'error' && !f.overridden).length ?? 0
  const warnings = findings?.filter((f) => f.severity !== 'error').length ?? 0
  const sync = useSyncStatus()
  const conflicts = useConflictCopies().length
  const outage = sync.paused?.message ?? sync.error
  let state = ui.editorDirty && save?.article.kind === 'saved' ? { kind: 'saving' as const } : save?.article
  // Queued while the sync cannot reach the folder: kept in the store, and retried.
  if (state?.kind === 'saving' && outage && !ui.editorDirty) state = { kind: 'retrying', error: outage }
  const folder = syncLabel(sync, save?.queued ?? 0)
  const title = state && 'error' in state ? state.error : undefined
  return (
    <footer className="status-bar" aria-label="Status">
      {row ? (
        <>
          <span data-testid="word-count">{row.wordCount.toLocaleString()} words</span>
          <span data-testid="save-state" className={`save-${state?.kind ?? 'saved'}`} title={title}>
            {SAVE_LABELS[state?.kind ?? 'saved']}
          </span>
          <button type="button" className={errors ? 'link-button status-errors' : 'link-button'} onClick={() => dispatch({ type: 'inspectorTab', tab: 'checks' })}>
            {errors || warnings
              ? [errors ? `${errors} error${errors > 1 ? 's' : ''}` : '', warnings ? `${warnings} warning${warnings > 1 ? 's' : ''}` : '']
                  .filter(Boolean)
                  .join(' · ')
              : 'No open checks'}
          </button>
        </>
      ) : (
        <span>No article open</span>
      )}
      <span className="status-spacer" />
      {conflicts > 0 && (
        <button type="button" className="link-button status-errors" onClick={() => dispatch({ type: 'dialog', dialog: 'conflicts' })}>
          {conflicts} conflict{conflicts > 1 ? 's' : ''}
        </button>
      )}
      <button
        type="button"
        data-testid="sync-state"
        className={folder.alert ? 'link-button status-errors' : 'link-button'}
        title={folder.title}
        onClick={() => dispatch({ type: 'dialog', dialog: sync.awaitingConfirmation.length ? 'deletions' : 'syncLog' })}
      >
        {folder.text}
      </button>
    </footer>
  )
}
