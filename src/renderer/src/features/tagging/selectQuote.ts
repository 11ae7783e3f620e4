import type { Editor } from '@tiptap/core'

/**
 * Selects a quote's text in the editor (from its first range to its last, across paragraphs)
 * and scrolls to it; false when the quote is not in the document any more.
 */
export function selectQuote(editor: Editor, quoteId: string): boolean {
  let from = -1
  let to = -1
  editor.state.doc.descendants((node, pos) => {
    if (!node.isText) return
    if (node.marks.some((m) => m.type.name === 'quote' && m.attrs.quoteId === quoteId)) {
      if (from < 0) from = pos
      to = pos + node.nodeSize
    }
  })
  if (from < 0) return false
  editor.chain().setTextSelection({ from, to }).scrollIntoView().run()
  return true
}
