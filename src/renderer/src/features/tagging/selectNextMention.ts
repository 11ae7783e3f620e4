import type { Editor } from '@tiptap/core'
import { getMarkRange } from '@tiptap/core'

/** Selects (and scrolls to) the next mention of an entity after the selection, wrapping around. */
export function selectNextMention(editor: Editor, entityId: string): boolean {
  const type = editor.schema.marks.entity
  if (!type) return false
  const starts: { from: number; to: number }[] = []
  editor.state.doc.descendants((node, pos) => {
    const mark = node.marks.find((m) => m.type === type && m.attrs.entityId === entityId)
    if (!mark) return
    const range = getMarkRange(editor.state.doc.resolve(pos), type, mark.attrs)
    if (range && !starts.some((s) => s.from === range.from)) starts.push(range)
  })
  if (starts.length === 0) return false
  const after = editor.state.selection.from
  const next = starts.find((s) => s.from > after) ?? starts[0]!
  editor.chain().focus().setTextSelection(next).scrollIntoView().run()
  return true
}
