import { useState } from 'react'
import { X } from 'lucide-react'
import type { Correction } from '../../../../../core/model/Article'
import type { Updater } from '../fields/Updater'

const today = (): string => new Date().toISOString().slice(0, 10)

/** Dated correction notes, published with the article; newest last, as they were made. */
export function CorrectionsLog({ corrections, onEdit, disabled }: { corrections: Correction[]; onEdit: (update: Updater<Correction[] | undefined>) => void; disabled?: boolean }): React.JSX.Element {
  const [date, setDate] = useState(today)
  const [note, setNote] = useState('')
  const add = (): void => {
    const entry = { date: date || today(), note: note.trim() }
    if (!entry.note) return
    onEdit((current) => [...(current ?? []), entry])
    setNote('')
    setDate(today())
  }
  return (
    <fieldset className="field-group" disabled={disabled}>
      <legend>Corrections</legend>
      {corrections.length > 0 && (
        <ol className="corrections" aria-label="Corrections log">
          {corrections.map((c, i) => (
            <li key={`${i}:${c.date}`}>
              <time dateTime={c.date}>{c.date}</time>
              <span>{c.note}</span>
              <button
                type="button"
                className="tool"
                aria-label={`Remove the correction of ${c.date}`}
                title="Remove (a mistaken entry only: corrections are published)"
                onClick={() =>
                  onEdit((current) => {
                    const next = (current ?? []).filter((o) => o.date !== c.date || o.note !== c.note)
                    return next.length ? next : undefined
                  })
                }
              >
                <X size={14} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ol>
      )}
      <form
        className="correction-form"
        onSubmit={(e) => {
          e.preventDefault()
          add()
        }}
      >
        <input type="date" aria-label="Correction date" value={date} onChange={(e) => setDate(e.target.value)} />
        <textarea aria-label="Correction note" rows={2} placeholder="What was corrected, as readers will see it" value={note} onChange={(e) => setNote(e.target.value)} />
        <button type="submit" disabled={!note.trim()}>
          Add correction
        </button>
      </form>
    </fieldset>
  )
}
