import type { Editor } from '@tiptap/core'
import type { MarkJSON } from '../../../core/model/DocJSON'
import type { MarkEdit } from '../../../core/registry/editDocMarks'

/**
 * Runs a mark edit (see editDocMarks) over the open editor as one undoable transaction, so a
 * registry change (merge, delete, retype) reaches an open article without reloading it and
 * the autosave writes it like any other edit. Returns whether anything changed.
 */
export function editEditorMarks(editor: Editor, edit: MarkEdit): boolean {
  const { state } = editor
  const tr = state.tr
  state.doc.descendants((node, pos) => {
    if (!node.isText) return
    for (const mark of node.marks) {
      const next = edit(mark.toJSON() as MarkJSON)
      if (next === undefined) continue
      tr.removeMark(pos, pos + node.nodeSize, mark)
      if (next) tr.addMark(pos, pos + node.nodeSize, state.schema.markFromJSON(next))
    }
  })
  if (!tr.docChanged) return false
  editor.view.dispatch(tr)
  return true
}
