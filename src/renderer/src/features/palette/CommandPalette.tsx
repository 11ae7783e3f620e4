import { useMemo, useState } from 'react'
import { COMMANDS } from '../../../../core/commands'
import { formatAccelerator } from '../../commands/matchAccelerator'
import { useApp } from '../../app/AppContext'
import { Modal } from '../../app/Modal'
import { useListNavigation } from '../../app/useListNavigation'
import { articleTitle } from '../../db/articleTitle'
import { searchHighlight } from '../../search/searchHighlight'
import { focusEditorWhenReady } from '../library/focusEditorWhenReady'
import { usePaletteArticles } from './usePaletteArticles'
import './palette.css'

/**
 * Mod-Shift-P: every command by name, and below them the articles whose text matches; type to
 * filter, arrows to move, Enter to run the command or open the article at its match.
 */
export function CommandPalette(): React.JSX.Element {
  const { dispatch, runCommand, editorRef } = useApp()
  const [query, setQuery] = useState('')
  const matches = useMemo(() => {
    const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean)
    return COMMANDS.filter((c) => c.id !== 'view.palette').filter((c) => {
      const hay = `${c.menu} ${c.label}`.toLocaleLowerCase()
      return words.every((w) => hay.includes(w))
    })
  }, [query])
  const close = (): void => dispatch({ type: 'dialog', dialog: null })
  const run = (id: string): void => {
    close()
    // After the palette closes, so focus is back where the command expects it.
    setTimeout(() => runCommand(id), 0)
  }
  const articles = usePaletteArticles(query)
  const open = (id: string): void => {
    const before = editorRef.current
    close()
    searchHighlight.set({ terms: articles.terms, phrases: articles.phrases })
    searchHighlight.revealOnOpen()
    dispatch({ type: 'select', id })
    focusEditorWhenReady(editorRef, before)
  }
  const total = matches.length + articles.rows.length
  const { active, setIndex, reset, onArrowKey } = useListNavigation(total)
  const activeId = active < matches.length ? (matches[active] ? `cmd-${matches[active].id}` : undefined) : articles.rows[active - matches.length] ? `art-${active - matches.length}` : undefined
  return (
    <Modal title="Command palette" onClose={close}>
      <input
        autoFocus
        className="palette-input"
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={activeId}
        aria-label="Command"
        placeholder="Type a command"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          reset()
        }}
        onKeyDown={(e) => {
          if (onArrowKey(e)) return
          if (e.key !== 'Enter') return
          e.preventDefault()
          if (matches[active]) run(matches[active].id)
          else if (articles.rows[active - matches.length]) open(articles.rows[active - matches.length]!.id)
        }}
      />
      <ul id="palette-list" className="palette-list" role="listbox" aria-label="Commands">
        {matches.map((c, i) => (
          <li
            key={c.id}
            id={`cmd-${c.id}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseEnter={() => setIndex(i)}
            onClick={() => run(c.id)}
          >
            <span>{c.label}</span>
            {c.accelerator && <kbd>{formatAccelerator(c.accelerator)}</kbd>}
          </li>
        ))}
        {articles.rows.length > 0 && (
          <li role="presentation" className="palette-section">
            Articles
          </li>
        )}
        {articles.rows.map((row, i) => (
          <li
            key={row.id}
            id={`art-${i}`}
            role="option"
            aria-selected={matches.length + i === active}
            className={matches.length + i === active ? 'active' : undefined}
            onMouseEnter={() => setIndex(matches.length + i)}
            onClick={() => open(row.id)}
            data-testid="palette-article"
          >
            <span className="palette-article">{articleTitle(row)}</span>
            <span className={`status-pill status-${row.status}`}>{row.status}</span>
          </li>
        ))}
      </ul>
    </Modal>
  )
}
