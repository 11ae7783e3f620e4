import type { DocJSON, NodeJSON } from '../../model/DocJSON'
import type { EntityType } from '../../model/EntityType'
import { isEntityType } from '../../model/EntityType'
import { isTagId } from '../../model/isTagId'
import type { ExportContext } from './ExportContext'
import { resolveEntity } from './resolveEntity'

/** An entity the article mentions, as the writers list it (ninjs people/places, JSON-LD mentions, NITF identified-content). */
export interface MentionedEntity {
  /** The registry id, after following merges; the tagged id when the registry does not know it. */
  id: string
  type: EntityType
  /** The registry name, or the text of the first mention when the registry does not know it. */
  name: string
  wikidata?: string
  /** How many times it is tagged (adjacent text of one mark counts once). */
  count: number
  /** The distinct spellings tagged, in order of first appearance. */
  forms: string[]
}

/**
 * The entities tagged in a body, in order of first mention, merged entities folded into the
 * one that survived. Types come from the registry when it knows the entity, else from the mark.
 */
export function collectMentions(doc: DocJSON, ctx: ExportContext): MentionedEntity[] {
  const byId = new Map<string, MentionedEntity>()
  const visit = (block: NodeJSON): void => {
    // Marks whose run is open at the previous text node: id → text so far.
    const open = new Map<string, { mention: MentionedEntity; text: string }>()
    const flush = (keep: Set<string>): void => {
      for (const [id, run] of open) {
        if (keep.has(id)) continue
        const form = run.text.trim()
        if (form && !run.mention.forms.includes(form)) run.mention.forms.push(form)
        if (!run.mention.name) run.mention.name = form
        open.delete(id)
      }
    }
    for (const child of block.content ?? []) {
      if (child.type !== 'text') {
        flush(new Set())
        if (child.type !== 'hardBreak') visit(child)
        continue
      }
      const here = new Map<string, EntityType>()
      for (const mark of child.marks ?? []) {
        const a = mark.attrs ?? {}
        if (mark.type === 'entity' && isTagId(a.entityId) && isEntityType(a.type)) here.set(a.entityId, a.type)
      }
      flush(new Set(here.keys()))
      for (const [tagged, markType] of here) {
        const run = open.get(tagged)
        if (run) {
          run.text += child.text ?? ''
          continue
        }
        const entity = resolveEntity(tagged, ctx)
        const id = entity?.id ?? tagged
        let mention = byId.get(id)
        if (!mention) {
          mention = { id, type: entity?.type ?? markType, name: entity?.name ?? '', count: 0, forms: [] }
          if (entity?.wikidata) mention.wikidata = entity.wikidata
          byId.set(id, mention)
        }
        mention.count++
        open.set(tagged, { mention, text: child.text ?? '' })
      }
    }
    flush(new Set())
  }
  for (const block of doc.content) visit(block)
  for (const mention of byId.values()) if (!mention.name) mention.name = mention.id
  return [...byId.values()]
}
