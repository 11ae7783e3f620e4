import { useArticleRow } from '../db/useArticleRow'
import { useChecks } from '../features/checks/useChecks'
import { useSaveState } from '../db/useSaveState'
import { useApp } from './AppContext'

const SAVE_LABELS = { saved: 'Saved', saving: 'Saving…', retrying: 'Not saved to folder — retrying', conflict: 'Changed outside — not saved' }

/** Word count, save state, folder state and open checks of the article in front of the user. */
export function StatusBar(): React.JSX.Element {
  const { ui, dispatch } = useApp()
  const row = useArticleRow(ui.selectedId)
  const save = useSaveState(ui.selectedId)
  const findings = useChecks(row)
  const errors = findings?.filter((f) => f.severity === 'error' && !f.overridden).length ?? 0
  const warnings = findings?.filter((f) => f.severity !== 'error').length ?? 0
  const state = ui.editorDirty && save?.article.kind === 'saved' ? { kind: 'saving' as const } : save?.article
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
      <span data-testid="sync-state">{save?.queued ? `${save.queued} waiting for the folder` : 'Folder up to date'}</span>
    </footer>
  )
}
