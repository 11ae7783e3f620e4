import { useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { compareRevisions } from '../../../../core/compare/compareRevisions'
import { docToPlainText } from '../../../../core/model/docToPlainText'
import { useApp } from '../../app/AppContext'
import { Modal } from '../../app/Modal'
import { db } from '../../db/db'
import { resolveConflict, type ConflictChoice } from '../../db/resolveConflict'
import { SegmentText } from '../revisions/SegmentText'
import { useConflictCopies, useSyncStatus } from './useSyncStatus'

async function textOf(id: string): Promise<{ headline: string; text: string; file: string } | null> {
  const [row, doc] = await Promise.all([db.articles.get(id), db.articleDocs.get(id)])
  return row && doc ? { headline: row.headline, text: docToPlainText(doc.body), file: row.file } : null
}

/**
 * The conflicts the sync found: each conflict copy beside the article it is a version of,
 * differences marked, and the three ways out (keep mine, keep theirs, keep both).
 */
export function ConflictsDialog(): React.JSX.Element {
  const { api, dispatch } = useApp()
  const copies = useConflictCopies()
  const { unresolvedFiles } = useSyncStatus()
  const [picked, setPicked] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const copy = copies.find((c) => c.id === picked) ?? copies[0]
  const pair = useLiveQuery(async () => (copy ? { mine: await textOf(copy.conflictOf), theirs: await textOf(copy.id) } : null), [copy?.id, copy?.conflictOf])
  const comparison = useMemo(() => {
    if (!pair?.theirs) return null
    const full = (t: { headline: string; text: string } | null): string => (t ? `${t.headline || '(no headline)'}\n\n${t.text}` : '')
    return compareRevisions(full(pair.mine), full(pair.theirs))
  }, [pair])
  const close = (): void => dispatch({ type: 'dialog', dialog: null })

  const choose = async (choice: ConflictChoice): Promise<void> => {
    if (!copy) return
    setBusy(true)
    try {
      // The article may be open: close it so its last keystrokes are saved before it is replaced.
      dispatch({ type: 'select', id: null })
      await new Promise((r) => setTimeout(r, 0))
      await resolveConflict(api, copy.id, choice)
      const done = { mine: 'Kept your version; the other is in the trash.', theirs: 'Took the folder’s version; yours is kept as a revision.', both: 'Kept both as separate articles.' }
      dispatch({ type: 'notify', kind: 'info', text: done[choice] })
      setPicked(null)
    } catch (error) {
      dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal title="Conflicts" onClose={close} wide>
      <div className="revisions">
        <ol className="revision-list" aria-label="Conflict copies">
          {copies.map((c) => (
            <li key={c.id}>
              <button type="button" aria-pressed={c.id === copy?.id} onClick={() => setPicked(c.id)}>
                <span>{c.headline || '(no headline)'}</span>
                <span className="muted">{c.file.replace(/^.*\//, '')}</span>
              </button>
            </li>
          ))}
          {unresolvedFiles.map((f) => (
            <li key={f} className="muted" title="Another tool’s conflict file Copydesk cannot take in (for example git conflict markers): resolve it in the folder.">
              {f} — resolve by hand
            </li>
          ))}
        </ol>
        {copy && comparison ? (
          <div className="compare">
            <section aria-label="Mine">
              <h3>
                Mine {pair?.mine ? <span className="muted">· {pair.mine.file.replace(/^.*\//, '')}</span> : <span className="muted">· no longer in the library</span>}{' '}
                {comparison.removed > 0 && <span className="diff-stat removed">−{comparison.removed} words</span>}
              </h3>
              <SegmentText segments={comparison.before} />
            </section>
            <section aria-label="Theirs">
              <h3>
                Theirs <span className="muted">· {copy.file.replace(/^.*\//, '')}</span>{' '}
                {comparison.added > 0 && <span className="diff-stat added">+{comparison.added} words</span>}
              </h3>
              <SegmentText segments={comparison.after} />
            </section>
          </div>
        ) : (
          <p className="muted">No conflicts. When this device and the folder change the same words, both versions wait here.</p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={close}>Close</button>
        <button type="button" disabled={!copy || busy} onClick={() => void choose('both')}>Keep both</button>
        <button type="button" disabled={!copy || busy} onClick={() => void choose('theirs')}>Keep theirs</button>
        <button type="button" className="primary" disabled={!copy || busy} onClick={() => void choose('mine')}>Keep mine</button>
      </div>
    </Modal>
  )
}
