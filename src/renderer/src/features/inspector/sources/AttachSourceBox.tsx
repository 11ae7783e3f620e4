import { useEffect, useState } from 'react'
import { guessSourceType } from '../../../../../core/model/guessSourceType'
import { SOURCE_TYPES, type SourceType } from '../../../../../core/model/Source'
import { useListNavigation } from '../../../app/useListNavigation'
import type { SourceRow } from '../../../db/CopydeskDB'
import { searchSources } from '../../../db/searchSources'
import { SOURCE_TYPE_LABELS } from './sourceTypeLabels'

interface Props {
  attachedIds: string[]
  onAttach: (source: SourceRow) => void
  onCreate: (name: string, type: SourceType) => void
  disabled?: boolean
}

/**
 * Attaches a registry source by typing part of its name; the last row creates a new source
 * from the typed name (Ctrl+Enter), of the type guessed from it or picked below.
 */
export function AttachSourceBox({ attachedIds, onAttach, onCreate, disabled }: Props): React.JSX.Element {
  const [query, setQuery] = useState('')
  /** The type the desk picked for a new source; until then, a guess from the typed name. */
  const [chosenType, setType] = useState<SourceType | null>(null)
  const [focused, setFocused] = useState(false)
  const [matches, setMatches] = useState<SourceRow[]>([])
  useEffect(() => {
    let live = true
    void searchSources(query, 8).then((rows) => live && setMatches(rows.filter((r) => !attachedIds.includes(r.id))))
    return () => {
      live = false
    }
  }, [query, attachedIds])
  const name = query.replace(/\s+/g, ' ').trim()
  const type = chosenType ?? guessSourceType(name)
  const canCreate = name !== '' && !matches.some((m) => m.name.toLocaleLowerCase() === name.toLocaleLowerCase())
  const count = matches.length + (canCreate ? 1 : 0)
  const { active, setIndex, reset, onArrowKey } = useListNavigation(count)
  const done = (): void => {
    setQuery('')
    setType(null)
    reset()
  }
  const choose = (i: number): void => {
    if (i < matches.length) onAttach(matches[i]!)
    else if (canCreate) onCreate(name, type)
    else return
    done()
  }
  const open = focused && count > 0
  return (
    <div className="attach-box">
      <div className="combo">
        <input
          role="combobox"
          aria-label="Attach a source"
          aria-expanded={open}
          aria-controls="source-options"
          aria-activedescendant={open ? `source-options-${active}` : undefined}
          placeholder="Attach a source: type its name"
          value={query}
          disabled={disabled}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onChange={(e) => {
            setQuery(e.target.value)
            reset()
          }}
          onKeyDown={(e) => {
            if (onArrowKey(e)) return
            if (e.key === 'Enter') {
              e.preventDefault()
              if ((e.ctrlKey || e.metaKey) && canCreate) {
                onCreate(name, type)
                done()
              } else choose(active)
            }
          }}
        />
        {open && (
          <ul id="source-options" className="combo-list" role="listbox" aria-label="Matching sources">
            {matches.map((m, i) => (
              <li
                key={m.id}
                id={`source-options-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseEnter={() => setIndex(i)}
                onMouseDown={(e) => {
                  e.preventDefault()
                  choose(i)
                }}
              >
                <span>{m.name}</span>
                <small className="muted">{SOURCE_TYPE_LABELS[m.type]}</small>
              </li>
            ))}
            {canCreate && (
              <li
                id={`source-options-${matches.length}`}
                role="option"
                aria-selected={active === matches.length}
                className={active === matches.length ? 'active' : undefined}
                onMouseEnter={() => setIndex(matches.length)}
                onMouseDown={(e) => {
                  e.preventDefault()
                  choose(matches.length)
                }}
              >
                <span>
                  Create “{name}” as {SOURCE_TYPE_LABELS[type].toLocaleLowerCase()}
                </span>
                <kbd>Ctrl+Enter</kbd>
              </li>
            )}
          </ul>
        )}
      </div>
      {canCreate && (
        <label className="new-source-type">
          A new source is a
          <select aria-label="Type of a new source" value={type} disabled={disabled} onChange={(e) => setType(e.target.value as SourceType)}>
            {SOURCE_TYPES.map((t) => (
              <option key={t} value={t}>
                {SOURCE_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  )
}
