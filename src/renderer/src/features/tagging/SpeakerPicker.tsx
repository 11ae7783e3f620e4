import { useEffect, useRef, useState } from 'react'
import type { Editor } from '@tiptap/core'
import { ulid } from 'ulid'
import type { QuoteKind } from '../../../../core/model/tagMarks'
import { useApp } from '../../app/AppContext'
import { Modal } from '../../app/Modal'
import { useListNavigation } from '../../app/useListNavigation'
import type { EntityRow } from '../../db/CopydeskDB'
import { createEntity } from '../../db/createEntity'
import { db } from '../../db/db'
import { searchEntities } from '../../db/searchEntities'
import { guessSpeaker } from './guessSpeaker'
import { quoteCovering } from './quoteCovering'
import { PickerOptions } from './PickerOptions'
import { trimmedRange } from './trimmedRange'

const searchPeople = async (q: string): Promise<EntityRow[]> =>
  (await searchEntities(q, 'person')).filter((r) => r.type === 'person')

const QUOTE_MARKS = /^[“"‘'«„]/

/**
 * Tags the selection as a quote and asks who said it, with the same registry search as the
 * entity picker, pre-filled with the best guess. "No speaker" is a choice too (Ctrl+Enter on
 * an empty box): the Checks will remind the desk about it.
 */
export function SpeakerPicker({ editor }: { editor: Editor }): React.JSX.Element {
  const { api, dispatch } = useApp()
  const [{ from, to, selected, guess, existing }] = useState(() => {
    const { from: f, to: t } = editor.state.selection
    const quote = quoteCovering(editor, f, t)
    return {
      from: f,
      to: t,
      selected: editor.state.doc.textBetween(f, t, ' ').trim(),
      guess: quote?.speakerId ?? guessSpeaker(editor, f, t),
      existing: quote
    }
  })
  const [query, setQuery] = useState('')
  const [kind, setKind] = useState<QuoteKind>(existing?.kind ?? (QUOTE_MARKS.test(selected) ? 'direct' : 'indirect'))
  const [found, setFound] = useState<{ query: string; rows: EntityRow[] } | null>(null)
  const matches = found?.rows ?? []
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const frame = requestAnimationFrame(() => input.current?.focus())
    if (guess) void db.entities.get(guess).then((e) => e && setQuery((q) => q || e.name))
    return () => cancelAnimationFrame(frame)
  }, [guess])
  useEffect(() => {
    let live = true
    void searchPeople(query).then((rows) => live && setFound({ query, rows }))
    return () => {
      live = false
    }
  }, [query])

  const close = (): void => {
    dispatch({ type: 'dialog', dialog: null })
    editor.commands.focus()
  }
  const apply = (speakerId: string | null): void => {
    if (existing) {
      // Changing the speaker of a tagged quote: every range of it, same id.
      editor.commands.updateQuote(existing.quoteId, { speakerId, kind })
      close()
      return
    }
    editor
      .chain()
      .setTextSelection(trimmedRange(editor.state.doc, from, to))
      .setQuote({ quoteId: ulid(), speakerId, sourceId: null, kind, verified: false })
      .run()
    close()
  }
  const createAndApply = async (): Promise<void> => {
    if (!query.trim()) return apply(null)
    try {
      apply((await createEntity(api, query, 'person')).id)
    } catch (error) {
      dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) })
    }
  }
  const canCreate = query.trim() !== '' && !matches.some((m) => m.name.toLocaleLowerCase() === query.trim().toLocaleLowerCase())
  const count = matches.length + (canCreate ? 1 : 0)
  const { active, setIndex, reset, onArrowKey } = useListNavigation(count)
  const choose = (i: number): void => {
    if (i < matches.length) apply(matches[i]!.id)
    else if (canCreate) void createAndApply()
    else if (!query.trim()) apply(null)
  }

  return (
    <Modal title="Who said it?" onClose={close}>
      <p className="quote-preview">{selected.length > 160 ? `${selected.slice(0, 160)}…` : selected}</p>
      <div className="picker-row">
        <input
          ref={input}
          className="palette-input"
          role="combobox"
          aria-label="Speaker"
          aria-expanded="true"
          aria-controls="speaker-options"
          aria-activedescendant={count ? `speaker-options-${active}` : undefined}
          placeholder="Speaker (empty: none yet)"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value)
            reset()
          }}
          onKeyDown={(e) => {
            if (onArrowKey(e)) return
            if (e.key === 'Enter') {
              e.preventDefault()
              if (e.ctrlKey || e.metaKey) void createAndApply()
              else if (found?.query === query) choose(active)
              // Typed faster than the search answered: look up now, then take the best match.
              else void searchPeople(query).then((rows) => (rows[0] ? apply(rows[0].id) : createAndApply()))
            }
          }}
        />
        <select aria-label="Quote kind" value={kind} onChange={(e) => setKind(e.target.value as QuoteKind)}>
          <option value="direct">Direct</option>
          <option value="partial">Partial</option>
          <option value="indirect">Indirect</option>
        </select>
      </div>
      <PickerOptions
        id="speaker-options"
        label="Matching people"
        options={matches.map((m) => ({
          key: m.id,
          label: m.name,
          hint: m.id === guess ? <span className="muted">best guess</span> : undefined
        }))}
        create={canCreate ? `Create “${query.trim()}” as person` : null}
        active={active}
        onHover={setIndex}
        onChoose={choose}
      />
    </Modal>
  )
}
