import { useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useApp } from '../../app/AppContext'
import { Modal } from '../../app/Modal'
import { db } from '../../db/db'
import { QuoteList } from './QuoteList'
import { useQuoteRows } from './useQuoteRows'

const SHOWN = 300

/**
 * The quote bank: every quote in the workspace, narrowed by speaker and by words in the quote,
 * each copyable with its attribution. "Where did we quote him last month?" in two keystrokes.
 */
export function QuoteBankDialog(): React.JSX.Element {
  const { ui, dispatch } = useApp()
  const [speakerId, setSpeakerId] = useState<string>(ui.quoteSpeakerId ?? '')
  const [query, setQuery] = useState('')
  const quotes = useQuoteRows(speakerId || undefined)
  const speakers = useLiveQuery(async () => {
    const ids = (await db.quotes.orderBy('speakerId').uniqueKeys()) as string[]
    const rows = await db.entities.bulkGet(ids)
    return rows.filter((r) => r !== undefined).sort((a, b) => a.name.localeCompare(b.name))
  }, [])
  const shown = useMemo(() => {
    const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean)
    const list = (quotes ?? []).filter((q) => {
      const hay = `${q.text} ${q.speakerName ?? ''} ${q.headline}`.toLocaleLowerCase()
      return words.every((w) => hay.includes(w))
    })
    return list
  }, [quotes, query])
  return (
    <Modal title="Quote bank" wide onClose={() => dispatch({ type: 'dialog', dialog: null })}>
      <div className="picker-row bank-filters">
        <input
          className="palette-input"
          aria-label="Filter quotes"
          placeholder="Words in the quote, speaker or headline"
          value={query}
          autoFocus
          onChange={(e) => setQuery(e.target.value)}
        />
        <select aria-label="Speaker" value={speakerId} onChange={(e) => setSpeakerId(e.target.value)}>
          <option value="">All speakers</option>
          {(speakers ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <p className="muted bank-count" aria-live="polite">
        {quotes === undefined ? 'Loading…' : `${shown.length.toLocaleString()} quote${shown.length === 1 ? '' : 's'}`}
        {shown.length > SHOWN ? ` — showing the newest ${SHOWN}` : ''}
      </p>
      <div className="bank-scroll">
        <QuoteList quotes={shown.slice(0, SHOWN)} showSpeaker={!speakerId} />
      </div>
    </Modal>
  )
}
