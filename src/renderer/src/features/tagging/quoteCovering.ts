import type { Editor } from '@tiptap/core'
import type { QuoteMarkAttrs } from '../../../../core/model/tagMarks'

/** The quote tag that covers every word of the range, if one does (re-tagging its speaker). */
export function quoteCovering(editor: Editor, from: number, to: number): QuoteMarkAttrs | null {
  let found: QuoteMarkAttrs | null = null
  let covered = true
  editor.state.doc.nodesBetween(from, to, (node) => {
    if (!node.isText || !covered) return
    const mark = node.marks.find((m) => m.type.name === 'quote')
    if (!mark || (found && found.quoteId !== mark.attrs.quoteId)) covered = false
    else found = mark.attrs as QuoteMarkAttrs
  })
  return covered ? found : null
}
