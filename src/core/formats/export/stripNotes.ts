import type { DocJSON, NodeJSON } from '../../model/DocJSON'
import { normalizeInline } from '../../model/normalizeInline'

function strip(node: NodeJSON): NodeJSON {
  if (node.type === 'text') {
    const marks = (node.marks ?? []).filter((m) => m.type !== 'note')
    const { marks: _marks, ...rest } = node
    return marks.length ? { ...rest, marks } : rest
  }
  if (!node.content) return node
  const content = node.content.map(strip)
  const inline = content.some((c) => c.type === 'text' || c.type === 'hardBreak')
  return { ...node, content: inline ? normalizeInline(content, false) : content }
}

/**
 * The body without the desk's inline notes and flags (DESIGN.md: never exported). The text a
 * note was attached to stays, unmarked; text nodes the note alone kept apart are merged.
 */
export function stripNotes(doc: DocJSON): DocJSON {
  return { ...doc, content: doc.content.map(strip) }
}
