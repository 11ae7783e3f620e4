import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { findTermRanges } from '../../../core/search/findTermRanges'
import { searchHighlight, type SearchHighlight as Highlight } from '../search/searchHighlight'

export const searchHighlightKey = new PluginKey<DecorationSet>('searchHighlight')

/** Every match of the search in the document, as document positions, in order. */
export function searchMatches(doc: PMNode, highlight: Highlight): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = []
  if (highlight.terms.length === 0 && highlight.phrases.length === 0) return out
  const match = { terms: new Set(highlight.terms), phrases: highlight.phrases }
  doc.descendants((block, blockPos) => {
    if (!block.isTextblock) return true
    // Runs of adjacent text nodes (a hard break or other leaf ends a run), as findMatches reads them.
    let text = ''
    let starts: { offset: number; pos: number }[] = []
    const flush = (): void => {
      for (const r of findTermRanges(text, match)) out.push({ from: toPos(starts, r.from), to: toPos(starts, r.to) })
      text = ''
      starts = []
    }
    block.forEach((child, offset) => {
      if (child.isText) {
        starts.push({ offset: text.length, pos: blockPos + 1 + offset })
        text += child.text ?? ''
      } else flush()
    })
    flush()
    return false
  })
  return out
}

function toPos(starts: { offset: number; pos: number }[], index: number): number {
  let seg = starts[0]!
  for (const s of starts) {
    if (s.offset <= index) seg = s
    else break
  }
  return seg.pos + (index - seg.offset)
}

function decorate(doc: PMNode, highlight: Highlight): DecorationSet {
  const matches = searchMatches(doc, highlight)
  return matches.length ? DecorationSet.create(doc, matches.map((m) => Decoration.inline(m.from, m.to, { class: 'find-match search-match' }))) : DecorationSet.empty
}

/**
 * Highlights the library search's matches in the open article (stems and phrases, as the
 * results' snippets do), with the find bar's colours. An article opened from a result scrolls
 * to its first match. Edits move the highlights along; a new search recomputes them.
 */
export const SearchHighlight = Extension.create({
  name: 'searchHighlight',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: searchHighlightKey,
        state: {
          init: (_config, state) => decorate(state.doc, searchHighlight.get()),
          apply: (tr, prev, _old, state) => {
            if (tr.getMeta(searchHighlightKey)) return decorate(state.doc, searchHighlight.get())
            return tr.docChanged ? prev.map(tr.mapping, tr.doc) : prev
          }
        },
        props: {
          decorations: (state) => searchHighlightKey.getState(state)
        },
        view: (view) => {
          const unsubscribe = searchHighlight.subscribe(() => {
            if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(searchHighlightKey, true))
          })
          if (searchHighlight.takeReveal()) {
            // After the view is in the page: put the caret on the first match and bring it into view.
            requestAnimationFrame(() => {
              if (view.isDestroyed) return
              const first = searchMatches(view.state.doc, searchHighlight.get())[0]
              if (first) view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, first.from)).scrollIntoView())
            })
          }
          return { destroy: unsubscribe }
        }
      })
    ]
  }
})
