import { useState } from 'react'
import { X } from 'lucide-react'
import { DraftField } from '../fields/DraftField'
import type { Updater } from '../fields/Updater'

const KEY = /^[\p{L}\p{N}][\p{L}\p{N} _.-]{0,63}$/u

/** The `Key:: value` fields kept from import, editable; a new one is added by key and value. */
export function CustomFields({ custom, onEdit, disabled }: { custom: Record<string, string>; onEdit: (update: Updater<Record<string, string>>) => void; disabled?: boolean }): React.JSX.Element {
  const [key, setKey] = useState('')
  const [value, setValue] = useState('')
  const entries = Object.entries(custom)
  const cleanKey = key.trim()
  const valid = KEY.test(cleanKey) && !(cleanKey in custom)
  return (
    <fieldset className="field-group" disabled={disabled}>
      <legend>Fields from import</legend>
      {entries.length === 0 && <p className="muted small">None. Imported files keep their “Key:: value” lines here.</p>}
      {entries.map(([k, v]) => (
        <div key={k} className="field-row">
          <DraftField className="grow" label={k} value={v} onCommit={(next) => onEdit((current) => ({ ...current, [k]: next }))} />
          <button
            type="button"
            className="tool"
            aria-label={`Remove field ${k}`}
            title="Remove"
            onClick={() => onEdit((current) => Object.fromEntries(Object.entries(current).filter(([other]) => other !== k)))}
          >
            <X size={14} aria-hidden="true" />
          </button>
        </div>
      ))}
      <form
        className="field-row"
        onSubmit={(e) => {
          e.preventDefault()
          if (!valid) return
          const added = value.trim()
          onEdit((current) => ({ ...current, [cleanKey]: added }))
          setKey('')
          setValue('')
        }}
      >
        <input className="key-input" aria-label="New field name" placeholder="Key" value={key} onChange={(e) => setKey(e.target.value)} />
        <input className="grow" aria-label="New field value" placeholder="Value" value={value} onChange={(e) => setValue(e.target.value)} />
        <button type="submit" disabled={!valid}>
          Add
        </button>
      </form>
    </fieldset>
  )
}
