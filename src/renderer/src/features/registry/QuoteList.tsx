import { Copy } from 'lucide-react'
import { formatQuoteCitation } from '../../../../core/registry/formatQuoteCitation'
import { useApp } from '../../app/AppContext'
import { copyText } from './copyText'
import type { QuoteView } from './useQuoteRows'

const KIND_LABEL = { direct: 'direct', partial: 'partial', indirect: 'reported' } as const

/** Quotes with speaker and article; each copies with its attribution, or opens its article. */
export function QuoteList({ quotes, showSpeaker }: { quotes: QuoteView[]; showSpeaker: boolean }): React.JSX.Element {
  const { dispatch } = useApp()
  const copy = (q: QuoteView): void => {
    const text = formatQuoteCitation({ text: q.text, kind: q.kind, speaker: q.speakerName, headline: q.headline, date: q.articleUpdatedAt })
    copyText(text)
      .then(() => dispatch({ type: 'notify', kind: 'info', text: 'Quote copied with its attribution.' }))
      .catch((error: unknown) => dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) }))
  }
  return (
    <ul className="card-list quote-bank-list">
      {quotes.map((q) => (
        <li key={q.key} className="card" data-testid="bank-quote">
          <blockquote className="quote-text">{q.text}</blockquote>
          <div className="bank-meta">
            {showSpeaker && (
              <span className="bank-speaker">
                {q.speakerName ?? <em className="muted">no speaker</em>}
              </span>
            )}
            <span className="muted">{KIND_LABEL[q.kind]}{q.verified ? ' · verified' : ''}</span>
            <button
              type="button"
              className="link-button bank-article"
              title="Open the article"
              onClick={() => {
                dispatch({ type: 'select', id: q.articleId })
                dispatch({ type: 'dialog', dialog: null })
              }}
            >
              {q.title}
            </button>
            <span className="muted">{new Date(q.articleUpdatedAt).toLocaleDateString()}</span>
            <button type="button" className="tool bank-copy" aria-label="Copy with attribution" title="Copy with attribution" onClick={() => copy(q)}>
              <Copy size={14} aria-hidden="true" />
            </button>
          </div>
        </li>
      ))}
    </ul>
  )
}
