import type { ReactNode } from 'react'
import { useDraft } from './useDraft'

interface Props {
  label: ReactNode
  value: string
  onCommit: (value: string) => void
  /** A textarea that grows to `rows` lines; Enter makes a new line. */
  multiline?: boolean
  rows?: number
  type?: 'text' | 'url' | 'date' | 'email'
  placeholder?: string
  disabled?: boolean
  className?: string
  /** A line under the field (what it is for, what was recognised). */
  hint?: ReactNode
  list?: string
}

/** A labelled text field that saves after a pause, on blur and on Enter — calm for long typing. */
export function DraftField({ label, value, onCommit, multiline, rows = 2, type = 'text', placeholder, disabled, className, hint, list }: Props): React.JSX.Element {
  const { draft, change, flush, blur } = useDraft(value, onCommit)
  return (
    <label className={className ? `field ${className}` : 'field'}>
      <span>{label}</span>
      {multiline ? (
        <textarea rows={rows} value={draft} placeholder={placeholder} disabled={disabled} onChange={(e) => change(e.target.value)} onBlur={blur} />
      ) : (
        <input
          type={type}
          value={draft}
          list={list}
          placeholder={placeholder}
          disabled={disabled}
          onChange={(e) => change(e.target.value)}
          onBlur={blur}
          onKeyDown={(e) => {
            if (e.key === 'Enter') flush()
          }}
        />
      )}
      {hint && <small className="field-hint">{hint}</small>}
    </label>
  )
}
