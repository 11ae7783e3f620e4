import { useEffect, useMemo, useState } from 'react'
import { X } from 'lucide-react'
import type { Subject } from '../../../../../core/model/Article'
import { matchMediaTopics } from '../../../../../core/model/matchMediaTopics'
import type { MediaTopic } from '../../../../../core/model/parseMediaTopics'
import { useListNavigation } from '../../../app/useListNavigation'
import type { Updater } from '../fields/Updater'
import { loadMediaTopics } from './loadMediaTopics'

/** The broader topics of a topic, for showing where it sits ("labour › labour relations"), when the list gives parents. */
function trail(topic: MediaTopic, byCode: Map<string, MediaTopic>): string {
  const names: string[] = []
  for (let p = topic.parent ? byCode.get(topic.parent) : undefined; p && names.length < 3; p = p.parent ? byCode.get(p.parent) : undefined) names.unshift(p.name)
  return names.join(' › ')
}

/**
 * Subjects from the IPTC Media Topics: chips for the chosen ones, and a type-ahead over the
 * bundled English list (label words or the code); Enter takes the highlighted topic.
 */
export function SubjectsField({ subjects, onEdit, disabled }: { subjects: Subject[]; onEdit: (update: Updater<Subject[] | undefined>) => void; disabled?: boolean }): React.JSX.Element {
  const [topics, setTopics] = useState<MediaTopic[] | null>(null)
  const [failed, setFailed] = useState<string | null>(null)
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  useEffect(() => {
    if (!open || topics) return
    let live = true
    loadMediaTopics()
      .then((t) => live && setTopics(t))
      .catch((error: unknown) => live && setFailed(error instanceof Error ? error.message : String(error)))
    return () => {
      live = false
    }
  }, [open, topics])
  const byCode = useMemo(() => new Map((topics ?? []).map((t) => [t.code, t])), [topics])
  const chosen = useMemo(() => new Set(subjects.map((s) => s.code)), [subjects])
  const matches = useMemo(() => (topics ? matchMediaTopics(topics, query, 10, chosen) : []), [topics, query, chosen])
  const { active, setIndex, reset, onArrowKey } = useListNavigation(matches.length)
  const add = (topic: MediaTopic): void => {
    onEdit((current) => (current?.some((s) => s.code === topic.code) ? current : [...(current ?? []), { code: topic.code, name: topic.name }]))
    setQuery('')
    reset()
  }
  const listOpen = open && query.trim() !== '' && (matches.length > 0 || topics !== null)
  return (
    <fieldset className="field-group" disabled={disabled}>
      <legend>Subjects</legend>
      {subjects.length > 0 && (
        <ul className="chips subject-chips" aria-label="Subjects">
          {subjects.map((s) => (
            <li key={s.code} className="chip" title={s.code}>
              {s.name || s.code}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove subject ${s.name || s.code}`}
                onClick={() =>
                  onEdit((current) => {
                    const next = (current ?? []).filter((o) => o.code !== s.code)
                    return next.length ? next : undefined
                  })
                }
              >
                <X size={12} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="combo">
        <input
          role="combobox"
          aria-label="Add a subject"
          aria-expanded={listOpen}
          aria-controls="subject-options"
          aria-autocomplete="list"
          aria-activedescendant={listOpen && matches.length ? `subject-options-${active}` : undefined}
          placeholder="Add a subject (IPTC Media Topics)"
          value={query}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onChange={(e) => {
            setOpen(true)
            setQuery(e.target.value)
            reset()
          }}
          onKeyDown={(e) => {
            if (onArrowKey(e)) return
            if (e.key === 'Enter' && matches[active]) {
              e.preventDefault()
              add(matches[active])
            } else if (e.key === 'Escape' && query) {
              e.stopPropagation()
              setQuery('')
            }
          }}
        />
        {listOpen && (
          <ul id="subject-options" className="combo-list" role="listbox" aria-label="Matching topics">
            {matches.length === 0 && <li className="muted">{topics ? 'No topic matches.' : 'Loading topics…'}</li>}
            {matches.map((t, i) => (
              <li
                key={t.code}
                id={`subject-options-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseEnter={() => setIndex(i)}
                // Before the input's blur closes the list.
                onMouseDown={(e) => {
                  e.preventDefault()
                  add(t)
                }}
              >
                <span>{t.name}</span>
                <small className="muted">{trail(t, byCode) || t.code}</small>
              </li>
            ))}
          </ul>
        )}
      </div>
      {failed && <p className="field-error">The topic list could not be loaded: {failed}</p>}
      <small className="field-hint">IPTC Media Topics, CC BY 4.0</small>
    </fieldset>
  )
}
