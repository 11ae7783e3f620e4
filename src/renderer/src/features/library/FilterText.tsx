import { useEffect, useRef, useState } from 'react'

interface Props {
  label: string
  value: string
  placeholder?: string
  list?: string
  onCommit: (value: string) => void
}

/** A text filter field: kept as typed while focused, applied a moment after typing stops (or on Enter). */
export function FilterText({ label, value, placeholder, list, onCommit }: Props): React.JSX.Element {
  const [text, setText] = useState(value)
  const focused = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => {
    if (!focused.current) setText(value)
  }, [value])
  useEffect(() => () => clearTimeout(timer.current), [])
  const commit = (v: string): void => {
    clearTimeout(timer.current)
    if (v.trim() !== value) onCommit(v.trim())
  }
  return (
    <label className="filter-field">
      <span>{label}</span>
      <input
        type="text"
        value={text}
        placeholder={placeholder}
        list={list}
        onFocus={() => (focused.current = true)}
        onBlur={() => {
          focused.current = false
          commit(text)
        }}
        onChange={(e) => {
          const v = e.target.value
          setText(v)
          clearTimeout(timer.current)
          timer.current = setTimeout(() => commit(v), 350)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(text)
        }}
      />
    </label>
  )
}
