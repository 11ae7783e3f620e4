import type { DocJSON, NodeJSON } from '../model/DocJSON'

/**
 * The document with every reference to entity `from` (entity tags and quote speakers) pointed
 * at `to`. Returns the same object when nothing refers to `from`, so callers can skip a save.
 */
export function repointEntity(doc: DocJSON, from: string, to: string): DocJSON {
  let changed = false
  const visit = (node: NodeJSON): NodeJSON => {
    let out = node
    if (node.marks?.length) {
      const marks = node.marks.map((m) => {
        if (m.type === 'entity' && m.attrs?.entityId === from) {
          changed = true
          return { ...m, attrs: { ...m.attrs, entityId: to } }
        }
        if (m.type === 'quote' && m.attrs?.speakerId === from) {
          changed = true
          return { ...m, attrs: { ...m.attrs, speakerId: to } }
        }
        return m
      })
      out = { ...out, marks }
    }
    if (node.content) out = { ...out, content: node.content.map(visit) }
    return out
  }
  const content = doc.content.map(visit)
  return changed ? { ...doc, content } : doc
}
