import { useState } from 'react'
import { X } from 'lucide-react'
import { DraftField } from '../fields/DraftField'
import type { Updater } from '../fields/Updater'

/** The article's bylines, one per writer, in print order; Enter in the last box adds one. */
export function BylinesField({ bylines, onEdit, disabled }: { bylines: string[]; onEdit: (update: Updater<string[] | undefined>) => void; disabled?: boolean }): React.JSX.Element {
  const [adding, setAdding] = useState('')
  const save = (update: (current: string[]) => string[]): void =>
    onEdit((current) => {
      const clean = update(current ?? []).map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean)
      return clean.length ? clean : undefined
    })
  const add = (): void => {
    const name = adding
    if (!name.trim()) return
    save((current) => [...current, name])
    setAdding('')
  }
  return (
    <fieldset className="field-group" disabled={disabled}>
      <legend>Bylines</legend>
      {bylines.map((b, i) => (
        <div key={i} className="field-row">
          <DraftField className="grow" label={<span className="sr-only">Byline {i + 1}</span>} value={b} onCommit={(v) => save((current) => current.map((old, j) => (j === i ? v : old)))} />
          <button type="button" className="tool" aria-label={`Remove byline ${b}`} title="Remove" onClick={() => save((current) => current.filter((_, j) => j !== i))}>
            <X size={14} aria-hidden="true" />
          </button>
        </div>
      ))}
      <div className="field-row">
        <input
          aria-label="Add a byline"
          placeholder={bylines.length ? 'Add another byline' : 'Add a byline (Enter)'}
          value={adding}
          onChange={(e) => setAdding(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              add()
            }
          }}
          onBlur={add}
        />
      </div>
    </fieldset>
  )
}
