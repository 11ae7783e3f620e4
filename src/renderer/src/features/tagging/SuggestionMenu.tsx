import { useEffect, useState } from 'react'
import type { Editor } from '@tiptap/core'
import { useApp } from '../../app/AppContext'
import { getEntityProposals, suggestionsKey, type EntityProposal } from '../../editor/Suggestions'
import { ENTITY_TYPE_LABELS } from './entityTypeLabels'
import { acceptProposals } from './acceptProposals'

/** Right-click on a dotted suggestion: accept it (or every one like it), or dismiss it. */
export function SuggestionMenu({ editor }: { editor: Editor }): React.JSX.Element | null {
  const { api, dispatch } = useApp()
  const [menu, setMenu] = useState<{ x: number; y: number; proposal: EntityProposal; alike: EntityProposal[] } | null>(null)

  useEffect(() => {
    const dom = editor.view.dom
    const onContext = (e: MouseEvent): void => {
      const target = (e.target as HTMLElement).closest<HTMLElement>('[data-suggestion]')
      if (!target) return
      const proposals = getEntityProposals(editor.state)
      const proposal = proposals[Number(target.dataset.suggestion)]
      if (!proposal) return
      e.preventDefault()
      e.stopPropagation()
      const alike = proposals.filter((p) => p.type === proposal.type && p.text === proposal.text)
      setMenu({ x: e.clientX, y: e.clientY, proposal, alike })
    }
    const close = (): void => setMenu(null)
    dom.addEventListener('contextmenu', onContext, true)
    window.addEventListener('click', close)
    window.addEventListener('keydown', close)
    return () => {
      dom.removeEventListener('contextmenu', onContext, true)
      window.removeEventListener('click', close)
      window.removeEventListener('keydown', close)
    }
  }, [editor])

  if (!menu) return null
  const accept = (list: EntityProposal[]): void => {
    acceptProposals(editor, api, list).catch((error: unknown) =>
      dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) })
    )
  }
  const dismiss = (): void => {
    const rest = getEntityProposals(editor.state).filter((p) => p !== menu.proposal)
    editor.view.dispatch(editor.state.tr.setMeta(suggestionsKey, rest).setMeta('addToHistory', false))
  }
  const label = ENTITY_TYPE_LABELS[menu.proposal.type].toLocaleLowerCase()
  return (
    <ul className="context-menu" role="menu" style={{ left: menu.x, top: menu.y }}>
      <li role="none">
        <button type="button" role="menuitem" onClick={() => accept([menu.proposal])}>
          Tag “{menu.proposal.text}” as {label}
        </button>
      </li>
      {menu.alike.length > 1 && (
        <li role="none">
          <button type="button" role="menuitem" onClick={() => accept(menu.alike)}>
            Tag all {menu.alike.length} as {label}
          </button>
        </li>
      )}
      <li role="none">
        <button type="button" role="menuitem" onClick={dismiss}>
          Dismiss suggestion
        </button>
      </li>
    </ul>
  )
}
