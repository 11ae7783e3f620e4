import { useEffect, useRef, useState } from 'react'
import type { Editor } from '@tiptap/core'
import { ENTITY_TYPES, type EntityType } from '../../../../core/model/EntityType'
import { useApp } from '../../app/AppContext'
import { Modal } from '../../app/Modal'
import { useListNavigation } from '../../app/useListNavigation'
import type { EntityRow } from '../../db/CopydeskDB'
import { createEntity } from '../../db/createEntity'
import { searchEntities } from '../../db/searchEntities'
import { ENTITY_TYPE_LABELS } from './entityTypeLabels'
import { PickerOptions } from './PickerOptions'
import { trimmedRange } from './trimmedRange'

/**
 * Tags the selection as an entity: type to search the registry by name and alias, Enter picks
 * the highlighted one; the last row creates a new entity from the typed name in one keystroke.
 */
export function EntityPicker({ editor }: { editor: Editor }): React.JSX.Element {
  const { api, ui, dispatch } = useApp()
  // The selection as it was when the picker opened.
  const [{ from, to, selected }] = useState(() => {
    const { from: f, to: t } = editor.state.selection
    return { from: f, to: t, selected: editor.state.doc.textBetween(f, t, ' ').trim() }
  })
  const input = useRef<HTMLInputElement>(null)
  // The editor's own focus() is deferred to the next frame; take focus after it, not before.
  useEffect(() => {
    const frame = requestAnimationFrame(() => input.current?.focus())
    return () => cancelAnimationFrame(frame)
  }, [])
  const [query, setQuery] = useState(selected)
  const [type, setType] = useState<EntityType>(ui.pickerType)
  const [found, setFound] = useState<{ query: string; rows: EntityRow[] } | null>(null)
  const matches = found?.rows ?? []

  useEffect(() => {
    let live = true
    void searchEntities(query, type).then((rows) => live && setFound({ query, rows }))
    return () => {
      live = false
    }
  }, [query, type])

  const close = (): void => {
    dispatch({ type: 'dialog', dialog: null })
    editor.commands.focus()
  }
  const apply = (entity: { id: string; type: EntityType }): void => {
    editor.chain().setTextSelection(trimmedRange(editor.state.doc, from, to)).setEntity({ entityId: entity.id, type: entity.type }).run()
    close()
  }
  const create = async (): Promise<void> => {
    try {
      apply(await createEntity(api, query, type))
    } catch (error) {
      dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) })
    }
  }
  const canCreate = query.trim() !== '' && !matches.some((m) => m.name.toLocaleLowerCase() === query.trim().toLocaleLowerCase())
  const count = matches.length + (canCreate ? 1 : 0)
  const { active, setIndex, reset, onArrowKey } = useListNavigation(count)
  const choose = (i: number): void => {
    if (i < matches.length) apply(matches[i]!)
    else if (canCreate) void create()
  }

  return (
    <Modal title={`Tag “${selected.slice(0, 60)}”`} onClose={close}>
      <div className="picker-row">
        <input
          ref={input}
          autoFocus
          className="palette-input"
          role="combobox"
          aria-label="Entity"
          aria-expanded="true"
          aria-controls="entity-options"
          aria-activedescendant={count ? `entity-options-${active}` : undefined}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value)
            reset()
          }}
          onKeyDown={(e) => {
            if (onArrowKey(e)) return
            if (e.key === 'Enter') {
              e.preventDefault()
              if (e.ctrlKey || e.metaKey) void create()
              else if (found?.query === query) choose(active)
              // Typed faster than the search answered: look up now, then take the best match.
              else void searchEntities(query, type).then((rows) => (rows[0] ? apply(rows[0]) : create()))
            }
          }}
        />
        <select aria-label="Entity type" value={type} onChange={(e) => setType(e.target.value as EntityType)}>
          {ENTITY_TYPES.map((t) => (
            <option key={t} value={t}>
              {ENTITY_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      <PickerOptions
        id="entity-options"
        label="Matching entities"
        options={matches.map((m) => ({
          key: m.id,
          label: (
            <>
              <span className={`type-dot tag-${m.type}`} aria-hidden="true" /> {m.name}
              {m.aliases.length > 0 && <span className="muted"> · {m.aliases.slice(0, 3).join(', ')}</span>}
            </>
          ),
          hint: <span className="muted">{ENTITY_TYPE_LABELS[m.type]}</span>
        }))}
        create={canCreate ? `Create “${query.trim()}” as ${ENTITY_TYPE_LABELS[type].toLocaleLowerCase()}` : null}
        active={active}
        onHover={setIndex}
        onChoose={choose}
      />
    </Modal>
  )
}
