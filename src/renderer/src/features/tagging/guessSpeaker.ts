import type { Editor } from '@tiptap/core'

/**
 * The best guess for who said the selected words: the last person tagged before them in the
 * same or the previous paragraphs ("Kovač said: “…”"), else the first tagged after them in the
 * same paragraph ("“…,” Kovač said"). Returns the entity id or null.
 */
export function guessSpeaker(editor: Editor, from: number, to: number): string | null {
  let before: string | null = null
  let after: string | null = null
  const $from = editor.state.doc.resolve(from)
  const blockEnd = $from.end()
  editor.state.doc.descendants((node, pos) => {
    if (!node.isText) return
    const person = node.marks.find((m) => m.type.name === 'entity' && m.attrs.type === 'person')
    if (!person) return
    if (pos + node.nodeSize <= from) before = person.attrs.entityId as string
    else if (pos >= to && pos < blockEnd && !after) after = person.attrs.entityId as string
  })
  return before ?? after
}
