import { useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useApp } from '../../app/AppContext'
import { Modal } from '../../app/Modal'
import { db } from '../../db/db'
import { QuoteList } from './QuoteList'
import { useQuoteRows } from './useQuoteRows'

const SHOWN = 300
/** How far back the quote bank looks, by the date of the quote's article. */
const SINCE = {
  any: { label: 'Any time', days: 0 },
  week: { label: 'Past week', days: 7 },
  month: { label: 'Past month', days: 31 },
  year: { label: 'Past year', days: 366 }
} as const

/**
 * The quote bank: every quote in the workspace, narrowed by speaker, by date and by words in the quote,
 * each copyable with its attribution. "Where did we quote him last month?" in two keystrokes.
 */
export function QuoteBankDialog(): React.JSX.Element {
  const { ui, dispatch } = useApp()
  const [speakerId, setSpeakerId] = useState<string>(ui.quoteSpeakerId ?? '')
  const [query, setQuery] = useState('')
  const [since, setSince] = useState<keyof typeof SINCE>('any')
  const quotes = useQuoteRows(speakerId || undefined)
  const speakers = useLiveQuery(async () => {
    const ids = (await db.quotes.orderBy('speakerId').uniqueKeys()) as string[]
    const rows = await db.entities.bulkGet(ids)
    return rows.filter((r) => r !== undefined).sort((a, b) => a.name.localeCompare(b.name))
  }, [])
  const shown = useMemo(() => {
    const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean)
    const from = SINCE[since].days ? new Date(Date.now() - SINCE[since].days * 86_400_000).toISOString() : ''
    const list = (quotes ?? []).filter((q) => {
      if (from && q.articleUpdatedAt < from) return false
      const hay = `${q.text} ${q.speakerName ?? ''} ${q.headline}`.toLocaleLowerCase()
      return words.every((w) => hay.includes(w))
    })
    return list
  }, [quotes, query, since])
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
        <select aria-label="When" value={since} onChange={(e) => setSince(e.target.value as keyof typeof SINCE)}>
          {Object.entries(SINCE).map(([key, { label }]) => (
            <option key={key} value={key}>
              {label}
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
