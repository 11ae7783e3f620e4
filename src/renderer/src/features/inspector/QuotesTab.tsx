import { useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { QuoteKind } from '../../../../core/model/tagMarks'
import { useApp } from '../../app/AppContext'
import type { ArticleRow } from '../../db/ArticleRow'
import { db } from '../../db/db'
import { selectQuote } from '../tagging/selectQuote'

/** The article's quotes: text, speaker, kind and verified flag, editable in place. */
export function QuotesTab({ row }: { row: ArticleRow }): React.JSX.Element {
  const { editorRef, dispatch } = useApp()
  const quotes = useLiveQuery(async () => {
    const rows = await db.quotes.where('articleId').equals(row.id).toArray()
    const speakers = await db.entities.bulkGet(rows.map((q) => q.speakerId ?? ''))
    return rows.map((q, i) => ({ ...q, speaker: speakers[i] }))
  }, [row.id, row.updatedAt])
  const editable = row.trashed === 0
  // The index catches up after the save; until then show what the user just chose.
  const [pending, setPending] = useState<Record<string, { verified?: boolean; kind?: QuoteKind }>>({})
  const update = (quoteId: string, patch: { verified?: boolean; kind?: QuoteKind }): void => {
    if (editorRef.current?.commands.updateQuote(quoteId, patch)) setPending((p) => ({ ...p, [quoteId]: { ...p[quoteId], ...patch } }))
  }
  if (!quotes) return <p className="muted">Loading…</p>
  if (quotes.length === 0) return <p className="muted">No quotes tagged yet. Select the quoted words and press Ctrl+Alt+Q.</p>
  return (
    <ul className="card-list">
      {quotes.map((q) => (
        <li key={q.quoteId} className="card" data-testid="quote-card">
          <blockquote className="quote-text">{q.text}</blockquote>
          <dl className="facts">
            <dt>Speaker</dt>
            <dd>
              {q.speakerId ? (
                <button type="button" className="link-button" title="Entity page" onClick={() => dispatch({ type: 'openEntity', id: q.speakerId })}>
                  {q.speaker?.name ?? q.speakerId}
                </button>
              ) : (
                <em>none yet</em>
              )}{' '}
              {editable && (
                <button
                  type="button"
                  className="link-button muted"
                  onClick={() => {
                    const editor = editorRef.current
                    if (!editor || !selectQuote(editor, q.quoteId)) return
                    dispatch({ type: 'dialog', dialog: 'speakerPicker' })
                  }}
                >
                  change
                </button>
              )}
              {q.speakerId && (
                <>
                  {' · '}
                  <button type="button" className="link-button muted" onClick={() => dispatch({ type: 'openQuoteBank', speakerId: q.speakerId })}>
                    all quotes
                  </button>
                </>
              )}
            </dd>
            <dt>Kind</dt>
            <dd>
              <select
                aria-label="Quote kind"
                value={pending[q.quoteId]?.kind ?? q.kind}
                disabled={!editable}
                onChange={(e) => update(q.quoteId, { kind: e.target.value as QuoteKind })}
              >
                <option value="direct">Direct</option>
                <option value="partial">Partial</option>
                <option value="indirect">Indirect</option>
              </select>
            </dd>
          </dl>
          <label className="verified-toggle">
            <input type="checkbox" checked={pending[q.quoteId]?.verified ?? q.verified === 1} disabled={!editable} onChange={(e) => update(q.quoteId, { verified: e.target.checked })} />{' '}
            Verified against the source
          </label>
        </li>
      ))}
    </ul>
  )
}
