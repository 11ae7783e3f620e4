import type { DocJSON, MarkJSON, NodeJSON } from '../../model/DocJSON'
import type { EntityType } from '../../model/EntityType'
import { normalizeInline } from '../../model/normalizeInline'

export interface NamedEntity {
  name: string
  entityId: string
  type: EntityType
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Tags the exact mentions of named entities in a document: whole-word, case-sensitive matches
 * of each full name (longest first, so "Costa Crociere SpA" wins over "Costa"), in text not
 * already tagged as an entity. Used where a format lists the entities an item names but has
 * no inline tags (ninjs `people`, `organisations`, `places`, `events`).
 */
export function tagNames(doc: DocJSON, entities: NamedEntity[]): DocJSON {
  const byName = new Map<string, NamedEntity>()
  for (const e of entities) if (e.name.length >= 2 && !byName.has(e.name)) byName.set(e.name, e)
  if (!byName.size) return doc
  const names = [...byName.keys()].sort((a, b) => b.length - a.length)
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu')

  const splitText = (node: NodeJSON): NodeJSON[] => {
    const text = node.text ?? ''
    const marks = node.marks ?? []
    if (marks.some((m) => m.type === 'entity')) return [node]
    const out: NodeJSON[] = []
    let last = 0
    for (const match of text.matchAll(pattern)) {
      const entity = byName.get(match[0])!
      if (match.index > last) out.push({ ...node, text: text.slice(last, match.index) })
      const mark: MarkJSON = { type: 'entity', attrs: { entityId: entity.entityId, type: entity.type } }
      out.push({ type: 'text', text: match[0], marks: [...marks, mark] })
      last = match.index + match[0].length
    }
    if (!out.length) return [node]
    if (last < text.length) out.push({ ...node, text: text.slice(last) })
    return out
  }

  const walk = (node: NodeJSON): NodeJSON => {
    if (!node.content) return node
    const inline = node.content.some((c) => c.type === 'text')
    if (!inline) return { ...node, content: node.content.map(walk) }
    const split = node.content.flatMap((c) => (c.type === 'text' ? splitText(c) : [c]))
    return { ...node, content: normalizeInline(split, false) }
  }
  return { type: 'doc', content: doc.content.map(walk) }
}
