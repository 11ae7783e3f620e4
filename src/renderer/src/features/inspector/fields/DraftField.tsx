import type { ReactNode } from 'react'
import { useDraft } from './useDraft'

interface Props {
  label: ReactNode
  value: string
  onCommit: (value: string) => void
  /** A textarea that grows with its text (from `rows` lines); Enter makes a new line. */
  multiline?: boolean
  rows?: number
  /**
   * A one-line value shown whole however long it is (a credit line): the text wraps and the
   * field grows with it; Enter saves, and line breaks typed or pasted become spaces.
   */
  wrap?: boolean
  type?: 'text' | 'url' | 'date' | 'email'
  placeholder?: string
  disabled?: boolean
  className?: string
  /** A line under the field (what it is for, what was recognised). */
  hint?: ReactNode
  list?: string
}

/** A labelled text field that saves after a pause, on blur and on Enter — calm for long typing. */
export function DraftField({ label, value, onCommit, multiline, rows = 2, wrap, type = 'text', placeholder, disabled, className, hint, list }: Props): React.JSX.Element {
  const { draft, change, flush, blur } = useDraft(value, onCommit)
  return (
    <label className={className ? `field ${className}` : 'field'}>
      <span>{label}</span>
      {multiline ? (
        <textarea
          className="grow"
          rows={rows}
          style={{ '--rows': rows } as React.CSSProperties}
          value={draft}
          placeholder={placeholder}
          disabled={disabled}
          onChange={(e) => change(e.target.value)}
          onBlur={blur}
        />
      ) : wrap ? (
        <textarea
          className="grow one-line"
          rows={1}
          value={draft}
          placeholder={placeholder}
          disabled={disabled}
          onChange={(e) => change(e.target.value.replace(/\s*[\r\n]+\s*/g, ' '))}
          onBlur={blur}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return
            e.preventDefault()
            flush()
          }}
        />
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
