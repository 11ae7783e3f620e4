import { useEffect, useState } from 'react'
import type { Editor } from '@tiptap/core'
import { useApp } from '../../app/AppContext'

interface MenuState {
  x: number
  y: number
  word: string
  from: number
  to: number
  suggestions: string[] | null
}

/** Right-click on an underlined word: the dictionary's suggestions, one click to replace. */
export function SpellMenu({ editor }: { editor: Editor }): React.JSX.Element | null {
  const { api } = useApp()
  const [menu, setMenu] = useState<MenuState | null>(null)

  useEffect(() => {
    const dom = editor.view.dom
    const onContext = (e: MouseEvent): void => {
      const target = (e.target as HTMLElement).closest<HTMLElement>('.spelling-error')
      if (!target) return
      e.preventDefault()
      const from = editor.view.posAtDOM(target, 0)
      const word = target.textContent ?? ''
      const state: MenuState = { x: e.clientX, y: e.clientY, word, from, to: from + word.length, suggestions: null }
      setMenu(state)
      api.spell
        .suggest({ word: target.dataset.word ?? word })
        .then(({ suggestions }) => setMenu((m) => (m && m.from === from ? { ...m, suggestions } : m)))
        .catch(() => setMenu((m) => (m && m.from === from ? { ...m, suggestions: [] } : m)))
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
  }, [editor, api])

  if (!menu) return null
  return (
    <ul className="context-menu" role="menu" style={{ left: menu.x, top: menu.y }}>
      {menu.suggestions === null && <li role="none" className="muted">Looking up…</li>}
      {menu.suggestions?.length === 0 && <li role="none" className="muted">No suggestions</li>}
      {menu.suggestions?.map((s) => (
        <li key={s} role="none">
          <button
            type="button"
            role="menuitem"
            onClick={() => editor.chain().focus().insertContentAt({ from: menu.from, to: menu.to }, s).run()}
          >
            {s}
          </button>
        </li>
      ))}
    </ul>
  )
}
