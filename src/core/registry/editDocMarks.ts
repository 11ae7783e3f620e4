import type { DocJSON, MarkJSON, NodeJSON } from '../model/DocJSON'

/**
 * What to do with one mark: a new mark replaces it, null removes it, undefined keeps it.
 * The same edit runs over stored documents (editDocMarks) and the open editor (editEditorMarks),
 * so an article changes the same way whether it is open or not.
 */
export type MarkEdit = (mark: MarkJSON) => MarkJSON | null | undefined

/** The document with every mark passed through `edit`; the same object when nothing changed. */
export function editDocMarks(doc: DocJSON, edit: MarkEdit): DocJSON {
  let changed = false
  const visit = (node: NodeJSON): NodeJSON => {
    let out = node
    if (node.marks?.length) {
      const marks: MarkJSON[] = []
      let touched = false
      for (const m of node.marks) {
        const next = edit(m)
        if (next === undefined) marks.push(m)
        else {
          touched = true
          if (next) marks.push(next)
        }
      }
      if (touched) {
        changed = true
        out = { ...out }
        if (marks.length) out.marks = marks
        else delete out.marks
      }
    }
    if (node.content) {
      const content = node.content.map(visit)
      if (content.some((c, i) => c !== node.content![i])) out = { ...out, content }
    }
    return out
  }
  const content = doc.content.map(visit)
  return changed ? { ...doc, content } : doc
}

/** Points entity tags and quote speakers at `to` instead of `from` (a merge). */
export const repointMarks =
  (from: string, to: string): MarkEdit =>
  (m) => {
    if (m.type === 'entity' && m.attrs?.entityId === from) return { ...m, attrs: { ...m.attrs, entityId: to } }
    if (m.type === 'quote' && m.attrs?.speakerId === from) return { ...m, attrs: { ...m.attrs, speakerId: to } }
    return undefined
  }

/** Removes an entity's tags and clears it as a quote speaker (the quotes stay, speakerless). */
export const removeEntityMarks =
  (entityId: string): MarkEdit =>
  (m) => {
    if (m.type === 'entity' && m.attrs?.entityId === entityId) return null
    if (m.type === 'quote' && m.attrs?.speakerId === entityId) return { ...m, attrs: { ...m.attrs, speakerId: null } }
    return undefined
  }

/** Gives an entity's tags a new type (the entity's type was changed in the registry). */
export const retypeEntityMarks =
  (entityId: string, type: string): MarkEdit =>
  (m) =>
    m.type === 'entity' && m.attrs?.entityId === entityId && m.attrs.type !== type
      ? { ...m, attrs: { ...m.attrs, type } }
      : undefined

/** Removes a source's attribution tags (the words stay) and clears it as the source of quotes. */
export const removeSourceMarks =
  (sourceId: string): MarkEdit =>
  (m) => {
    if (m.type === 'attribution' && m.attrs?.sourceId === sourceId) return null
    if (m.type === 'quote' && m.attrs?.sourceId === sourceId) return { ...m, attrs: { ...m.attrs, sourceId: null } }
    return undefined
  }
