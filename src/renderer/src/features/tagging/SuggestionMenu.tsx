import { useEffect, useState } from 'react'
import type { Editor } from '@tiptap/core'
import { entitySuggestionKey, quoteSuggestionKey } from '../../../../core/model/suggestionKey'
import { useApp } from '../../app/AppContext'
import { getEntityProposals, getQuoteProposals, setProposals, type EntityProposal, type QuoteProposal } from '../../editor/Suggestions'
import { ENTITY_TYPE_LABELS } from './entityTypeLabels'
import { acceptProposals } from './acceptProposals'
import { acceptQuoteProposals } from './acceptQuoteProposals'

type Menu =
  | { x: number; y: number; kind: 'entity'; proposal: EntityProposal; alike: EntityProposal[] }
  | { x: number; y: number; kind: 'quote'; proposal: QuoteProposal; parts: QuoteProposal[] }

/**
 * Right-click on a dotted suggestion: accept it (or every one like it), or reject it — a
 * rejection is remembered in the article, so the same suggestion does not come back.
 */
export function SuggestionMenu({ editor, onReject }: { editor: Editor; onReject: (keys: string[]) => void }): React.JSX.Element | null {
  const { api, dispatch } = useApp()
  const [menu, setMenu] = useState<Menu | null>(null)

  useEffect(() => {
    const dom = editor.view.dom
    const onContext = (e: MouseEvent): void => {
      const target = e.target as HTMLElement
      // A misspelled word inside a suggestion gets the spelling menu: fixing it comes first.
      if (target.closest('.spelling-error')) return
      // Words the desk selected get the tagging menu (TagMenu), suggestion or not.
      if (!editor.state.selection.empty) return
      const entityEl = target.closest<HTMLElement>('[data-suggestion]')
      const quoteEl = target.closest<HTMLElement>('[data-suggestion-quote]')
      if (entityEl) {
        const proposals = getEntityProposals(editor.state)
        const proposal = proposals[Number(entityEl.dataset.suggestion)]
        if (!proposal) return
        e.preventDefault()
        e.stopPropagation()
        const alike = proposals.filter((p) => p.type === proposal.type && p.text === proposal.text)
        setMenu({ x: e.clientX, y: e.clientY, kind: 'entity', proposal, alike })
      } else if (quoteEl) {
        const proposals = getQuoteProposals(editor.state)
        const proposal = proposals[Number(quoteEl.dataset.suggestionQuote)]
        if (!proposal) return
        e.preventDefault()
        e.stopPropagation()
        const parts = proposal.group === undefined ? [proposal] : proposals.filter((p) => p.group === proposal.group)
        setMenu({ x: e.clientX, y: e.clientY, kind: 'quote', proposal, parts })
      }
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
  const fail = (error: unknown): void =>
    dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) })
  // By what they say, not object identity: suggestions may have been recomputed since the right-click.
  const hide = (entityKeys: string[], quoteKeys: string[]): void => {
    const rest = {
      entities: getEntityProposals(editor.state).filter((p) => !entityKeys.includes(entitySuggestionKey(p.type, p.text))),
      quotes: getQuoteProposals(editor.state).filter((p) => !quoteKeys.includes(quoteSuggestionKey(p.text)))
    }
    editor.view.dispatch(setProposals(editor.state.tr, rest))
  }
  const items: { label: string; run: () => void }[] = []
  if (menu.kind === 'entity') {
    const label = ENTITY_TYPE_LABELS[menu.proposal.type].toLocaleLowerCase()
    items.push({ label: `Tag “${menu.proposal.text}” as ${label}`, run: () => void acceptProposals(editor, api, [menu.proposal]).catch(fail) })
    if (menu.alike.length > 1) {
      items.push({ label: `Tag all ${menu.alike.length} as ${label}`, run: () => void acceptProposals(editor, api, menu.alike).catch(fail) })
    }
    items.push({
      label: `Not a ${label} — reject`,
      run: () => {
        const keys = [entitySuggestionKey(menu.proposal.type, menu.proposal.text)]
        hide(keys, [])
        onReject(keys)
      }
    })
  } else {
    const who = menu.proposal.speaker ? ` by ${menu.proposal.speaker.name}` : ' (no speaker found)'
    const what = menu.proposal.kind === 'indirect' ? 'reported speech' : 'quote'
    items.push({ label: `Tag ${what}${who}`, run: () => void acceptQuoteProposals(editor, api, menu.parts).catch(fail) })
    items.push({
      label: `Not a quote — reject`,
      run: () => {
        const keys = menu.parts.map((p) => quoteSuggestionKey(p.text))
        hide([], keys)
        onReject(keys)
      }
    })
  }
  return (
    <ul className="context-menu" role="menu" style={{ left: menu.x, top: menu.y }}>
      {items.map((item) => (
        <li role="none" key={item.label}>
          <button type="button" role="menuitem" onClick={item.run}>
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  )
}
