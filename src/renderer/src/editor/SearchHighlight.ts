import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { findTermRanges } from '../../../core/search/findTermRanges'
import { rangesInTextRuns } from './rangesInTextRuns'
import { searchHighlight, type SearchHighlight as Highlight } from '../search/searchHighlight'
import { dispatchAsync } from './dispatchAsync'

export const searchHighlightKey = new PluginKey<DecorationSet>('searchHighlight')

/** Every match of the search in the document, as document positions, in order. */
export function searchMatches(doc: PMNode, highlight: Highlight): { from: number; to: number }[] {
  if (highlight.terms.length === 0 && highlight.phrases.length === 0) return []
  const match = { terms: new Set(highlight.terms), phrases: highlight.phrases }
  return rangesInTextRuns(doc, (text) => findTermRanges(text, match))
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
            dispatchAsync(view, (v) => v.state.tr.setMeta(searchHighlightKey, true))
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
