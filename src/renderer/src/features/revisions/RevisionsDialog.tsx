import { useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { compareRevisions } from '../../../../core/compare/compareRevisions'
import { docToPlainText } from '../../../../core/model/docToPlainText'
import { useApp } from '../../app/AppContext'
import { Modal } from '../../app/Modal'
import { db } from '../../db/db'
import { restoreRevision } from '../../db/restoreRevision'
import { SegmentText } from './SegmentText'

const REASONS = {
  created: 'Created',
  import: 'Opened from file',
  edit: 'Edits',
  status: 'Status change',
  restore: 'Restore',
  'outside-change': 'Changed outside'
}

/** Revisions of the open article: pick one, see it beside the current text, restore it. */
export function RevisionsDialog({ articleId }: { articleId: string }): React.JSX.Element {
  const { dispatch } = useApp()
  const revisions = useLiveQuery(
    () => db.revisions.where('[articleId+createdAt]').between([articleId, ''], [articleId, '\uffff']).reverse().toArray(),
    [articleId]
  )
  const current = useLiveQuery(async () => {
    const [row, doc] = await Promise.all([db.articles.get(articleId), db.articleDocs.get(articleId)])
    return row && doc ? { headline: row.headline, text: docToPlainText(doc.body) } : null
  }, [articleId])
  const [picked, setPicked] = useState<number | null>(null)
  const revision = revisions?.find((r) => r.id === picked) ?? revisions?.[1] ?? revisions?.[0]
  const comparison = useMemo(() => {
    if (!revision || !current) return null
    const head = (h: string): string => h || '(no headline)'
    return compareRevisions(
      `${head(revision.headline)}\n\n${docToPlainText(revision.body)}`,
      `${head(current.headline)}\n\n${current.text}`
    )
  }, [revision, current])
  const close = (): void => dispatch({ type: 'dialog', dialog: null })

  const restore = async (): Promise<void> => {
    if (!revision?.id) return
    // Close the editor first so its last keystrokes are saved before the restore replaces them.
    dispatch({ type: 'select', id: null })
    await new Promise((r) => setTimeout(r, 0))
    try {
      await restoreRevision(articleId, revision.id)
      dispatch({ type: 'notify', kind: 'info', text: 'Revision restored. The replaced text is kept as a revision.' })
    } catch (error) {
      dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) })
    }
    dispatch({ type: 'select', id: articleId })
    close()
  }

  return (
    <Modal title="Compare revisions" onClose={close} wide>
      <div className="revisions">
        <ol className="revision-list" aria-label="Revisions">
          {revisions?.map((r) => (
            <li key={r.id}>
              <button type="button" aria-pressed={r.id === revision?.id} onClick={() => setPicked(r.id!)}>
                <span>{new Date(r.updatedAt).toLocaleString()}</span>
                <span className="muted">{REASONS[r.reason]}</span>
              </button>
            </li>
          ))}
        </ol>
        {comparison && revision ? (
          <div className="compare">
            <section aria-label="Selected revision">
              <h3>
                Revision · {new Date(revision.updatedAt).toLocaleString()}{' '}
                {comparison.removed > 0 && <span className="diff-stat removed">−{comparison.removed} words</span>}
              </h3>
              <SegmentText segments={comparison.before} />
            </section>
            <section aria-label="Current text">
              <h3>
                Current {comparison.added > 0 && <span className="diff-stat added">+{comparison.added} words</span>}
              </h3>
              <SegmentText segments={comparison.after} />
            </section>
          </div>
        ) : (
          <p className="muted">No revisions yet.</p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={close}>Close</button>
        <button type="button" className="primary" disabled={!revision} onClick={() => void restore()}>
          Restore this revision
        </button>
      </div>
    </Modal>
  )
}
