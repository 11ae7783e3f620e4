import type { DocJSON, NodeJSON } from '../../../../src/core/model/DocJSON'

/** A compact view of a body for assertions: one string per block, `h2: text`, `p: text`. */
export function blocks(doc: DocJSON): string[] {
  const text = (n: NodeJSON): string => (n.type === 'text' ? n.text! : n.type === 'hardBreak' ? '\n' : (n.content ?? []).map(text).join(''))
  return doc.content.map((n) => (n.type === 'heading' ? `h${String(n.attrs?.level)}: ${text(n)}` : n.type === 'paragraph' ? `p: ${text(n)}` : `${n.type}: ${text(n)}`))
}
