import { useEffect, useState } from 'react'
import type { Editor } from '@tiptap/core'
import { useApp } from '../../app/AppContext'

interface Item {
  label: string
  command: string
}

const TAG_ITEMS: Item[] = [
  { label: 'Tag as Person…', command: 'tag.person' },
  { label: 'Tag as Organisation…', command: 'tag.organization' },
  { label: 'Tag as Place…', command: 'tag.place' },
  { label: 'Tag as Event…', command: 'tag.event' },
  { label: 'Tag as Work…', command: 'tag.work' },
  { label: 'Tag as Other…', command: 'tag.other' },
  { label: 'Tag Quote…', command: 'tag.quote' }
]

/**
 * Right-click on selected words or on a tag: tag the selection by type or as a quote, remove
 * tags, or open the entity's page. Misspellings and suggestions keep their own menus.
 */
export function TagMenu({ editor }: { editor: Editor }): React.JSX.Element | null {
  const { runCommand } = useApp()
  const [menu, setMenu] = useState<{ x: number; y: number; items: Item[]; from: number; to: number } | null>(null)

  useEffect(() => {
    const dom = editor.view.dom
    const onContext = (e: MouseEvent): void => {
      if (e.defaultPrevented) return
      const target = e.target as HTMLElement
      const selected = !editor.state.selection.empty
      if (target.closest('.spelling-error')) return
      if (!selected && target.closest('[data-suggestion], [data-suggestion-quote]')) return
      const onEntity = target.closest('[data-entity]')
      const onQuote = target.closest('[data-quote]')
      if (!selected && !onEntity && !onQuote) return
      e.preventDefault()
      if (!selected) {
        // Put the caret in the tag, so the commands act on it.
        const pos = editor.view.posAtCoords({ left: e.clientX, top: e.clientY })
        if (pos) editor.commands.setTextSelection(pos.pos)
      }
      const items: Item[] = selected ? [...TAG_ITEMS] : []
      if (onEntity || onQuote) items.push({ label: 'Open Entity Page', command: 'tag.openEntity' })
      if (onEntity) items.push({ label: 'Remove Entity Tag', command: 'tag.remove' })
      if (onQuote) items.push({ label: 'Remove Quote Tag', command: 'tag.removeQuote' })
      // The selection as it was at the right-click: a late selectionchange must not lose it.
      const { from, to } = editor.state.selection
      setMenu({ x: e.clientX, y: e.clientY, items, from, to })
    }
    const close = (): void => setMenu(null)
    dom.addEventListener('contextmenu', onContext)
    window.addEventListener('click', close)
    window.addEventListener('keydown', close)
    return () => {
      dom.removeEventListener('contextmenu', onContext)
      window.removeEventListener('click', close)
      window.removeEventListener('keydown', close)
    }
  }, [editor])

  if (!menu) return null
  return (
    <ul className="context-menu" role="menu" aria-label="Tag" style={{ left: menu.x, top: menu.y }}>
      {menu.items.map((item) => (
        <li role="none" key={item.command}>
          <button
            type="button"
            role="menuitem"
            onMouseDown={(e) => e.preventDefault() /* keep the editor's selection */}
            onClick={() => {
              editor.commands.setTextSelection({ from: menu.from, to: menu.to })
              runCommand(item.command)
            }}
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  )
}
