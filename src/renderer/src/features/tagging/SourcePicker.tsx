import { useEffect, useRef, useState } from 'react'
import type { Editor } from '@tiptap/core'
import { findSourceCues } from '../../../../core/checks/findSourceCues'
import { guessSourceType } from '../../../../core/model/guessSourceType'
import { SOURCE_TYPES, type SourceType } from '../../../../core/model/Source'
import { useApp } from '../../app/AppContext'
import { Modal } from '../../app/Modal'
import { useListNavigation } from '../../app/useListNavigation'
import type { SourceRow } from '../../db/CopydeskDB'
import { searchSources } from '../../db/searchSources'
import { attachSource } from '../../sources/attachSource'
import { createSource } from '../../sources/createSource'
import { SOURCE_TYPE_LABELS } from '../inspector/sources/sourceTypeLabels'
import { PickerOptions } from './PickerOptions'
import { trimmedRange } from './trimmedRange'

/** The source a selection like "Reuters reports" or "according to the BBC" names, else the selection itself. */
function namedIn(selected: string): string {
  return findSourceCues(selected)[0]?.name ?? (selected.length <= 60 ? selected : '')
}

/**
 * Tags the selection as an attribution ("…, Reuters reports") pointing at a registry source,
 * and attaches that source to the article. The search starts from the source the words name;
 * the last row creates it (Ctrl+Enter), typed by a guess from its name.
 */
export function SourcePicker({ editor, articleId }: { editor: Editor; articleId: string }): React.JSX.Element {
  const { api, dispatch } = useApp()
  const [{ from, to, selected }] = useState(() => {
    const { from: f, to: t } = editor.state.selection
    return { from: f, to: t, selected: editor.state.doc.textBetween(f, t, ' ').trim() }
  })
  const [query, setQuery] = useState(() => namedIn(selected))
  const [type, setType] = useState<SourceType>(() => guessSourceType(namedIn(selected), selected))
  const [found, setFound] = useState<{ query: string; rows: SourceRow[] } | null>(null)
  const matches = found?.rows ?? []
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    const frame = requestAnimationFrame(() => input.current?.select())
    return () => cancelAnimationFrame(frame)
  }, [])
  useEffect(() => {
    let live = true
    void searchSources(query).then((rows) => live && setFound({ query, rows }))
    return () => {
      live = false
    }
  }, [query])

  const close = (): void => {
    dispatch({ type: 'dialog', dialog: null })
    editor.commands.focus()
  }
  const fail = (error: unknown): void => dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) })
  const apply = (sourceId: string): void => {
    editor.chain().setTextSelection(trimmedRange(editor.state.doc, from, to)).setAttribution({ sourceId }).run()
    attachSource(articleId, sourceId).catch(fail)
    close()
  }
  const create = async (): Promise<void> => {
    try {
      apply((await createSource(api, { name: query, type })).id)
    } catch (error) {
      fail(error)
    }
  }
  const canCreate = query.trim() !== '' && !matches.some((m) => m.name.toLocaleLowerCase() === query.trim().toLocaleLowerCase())
  const count = matches.length + (canCreate ? 1 : 0)
  const { active, setIndex, reset, onArrowKey } = useListNavigation(count)
  const choose = (i: number): void => {
    if (i < matches.length) apply(matches[i]!.id)
    else if (canCreate) void create()
  }

  return (
    <Modal title="Attribute to a source" onClose={close}>
      <p className="quote-preview">{selected.length > 160 ? `${selected.slice(0, 160)}…` : selected}</p>
      <div className="picker-row">
        <input
          ref={input}
          className="palette-input"
          role="combobox"
          aria-label="Source"
          aria-expanded="true"
          aria-controls="source-picker-options"
          aria-activedescendant={count ? `source-picker-options-${active}` : undefined}
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
              else void searchSources(query).then((rows) => (rows[0] ? apply(rows[0].id) : create()))
            }
          }}
        />
        <select aria-label="Type of a new source" value={type} onChange={(e) => setType(e.target.value as SourceType)}>
          {SOURCE_TYPES.map((t) => (
            <option key={t} value={t}>
              {SOURCE_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      <PickerOptions
        id="source-picker-options"
        label="Matching sources"
        options={matches.map((m) => ({ key: m.id, label: m.name, hint: <span className="muted">{SOURCE_TYPE_LABELS[m.type]}</span> }))}
        create={canCreate ? `Create “${query.trim()}” as ${SOURCE_TYPE_LABELS[type].toLocaleLowerCase()}` : null}
        active={active}
        onHover={setIndex}
        onChoose={choose}
      />
    </Modal>
  )
}
