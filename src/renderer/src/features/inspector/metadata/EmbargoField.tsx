import { useEffect, useState } from 'react'

/** An ISO timestamp as the value of a datetime-local input, in the desk's own time zone. */
function toLocalInput(iso: string | undefined): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/**
 * Not before this moment: entered in local time, kept as an ISO timestamp (UTC) so every desk
 * and every export reads the same instant.
 */
export function EmbargoField({ embargo, onChange, disabled }: { embargo: string | undefined; onChange: (next: string | undefined) => void; disabled?: boolean }): React.JSX.Element {
  const [draft, setDraft] = useState(toLocalInput(embargo))
  useEffect(() => setDraft(toLocalInput(embargo)), [embargo])
  const commit = (value: string): void => {
    if (!value) return onChange(undefined)
    const d = new Date(value)
    if (!Number.isNaN(d.getTime())) onChange(d.toISOString())
  }
  const until = embargo ? new Date(embargo) : null
  const lifted = until && until.getTime() <= Date.now()
  return (
    <div className="field">
      <label htmlFor="embargo-input">
        <span>Embargo</span>
      </label>
      <div className="field-row">
        <input
          id="embargo-input"
          type="datetime-local"
          disabled={disabled}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => draft !== toLocalInput(embargo) && commit(draft)}
        />
        {embargo && (
          <button type="button" className="link-button" disabled={disabled} onClick={() => onChange(undefined)}>
            Lift
          </button>
        )}
      </div>
      {until && !Number.isNaN(until.getTime()) && (
        <small className={lifted ? 'field-hint' : 'field-hint embargo-on'} data-testid="embargo-state">
          {lifted ? 'Embargo passed' : 'Embargoed until'} {until.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
        </small>
      )}
    </div>
  )
}
