import type { ReactNode } from 'react'

export interface PickerOption {
  key: string
  label: ReactNode
  hint?: ReactNode
}

interface Props {
  id: string
  label: string
  options: PickerOption[]
  /** The extra last row that creates a new entity from the typed name, if offered. */
  create: ReactNode | null
  active: number
  onHover: (index: number) => void
  onChoose: (index: number) => void
}

/** The option list of the entity and speaker pickers: matches, then "Create …" (Ctrl+Enter). */
export function PickerOptions({ id, label, options, create, active, onHover, onChoose }: Props): React.JSX.Element {
  const rows = create === null ? options : [...options, { key: 'create', label: create, hint: <kbd>Ctrl+Enter</kbd> }]
  return (
    <ul id={id} className="palette-list" role="listbox" aria-label={label}>
      {rows.map((row, i) => (
        <li
          key={row.key}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === active}
          className={i === active ? 'active' : undefined}
          onMouseEnter={() => onHover(i)}
          onClick={() => onChoose(i)}
        >
          <span>{row.label}</span>
          {row.hint}
        </li>
      ))}
    </ul>
  )
}
