import { useLiveQuery } from 'dexie-react-hooks'
import { runChecks } from '../../../core/checks/runChecks'
import { db } from '../db/db'
import { toArticle } from '../db/toArticle'
import { useArticleRow } from '../db/useArticleRow'
import { useSaveState } from '../db/useSaveState'
import { useApp } from './AppContext'

const SAVE_LABELS = { saved: 'Saved', saving: 'Saving…', retrying: 'Not saved to folder — retrying', conflict: 'Changed outside — not saved' }

/** Word count, save state, folder state and open checks of the article in front of the user. */
export function StatusBar(): React.JSX.Element {
  const { ui, dispatch } = useApp()
  const row = useArticleRow(ui.selectedId)
  const save = useSaveState(ui.selectedId)
  const findings = useLiveQuery(async () => {
    if (!row) return []
    const doc = await db.articleDocs.get(row.id)
    return doc ? runChecks(toArticle(row, doc.body)) : []
  }, [row])
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
          <button type="button" className="link-button" onClick={() => dispatch({ type: 'inspectorTab', tab: 'checks' })}>
            {findings?.length ? `${findings.length} open check${findings.length > 1 ? 's' : ''}` : 'No open checks'}
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
