import type { Entity } from '../../model/Entity'
import type { ExportContext } from './ExportContext'

/**
 * The registry entity an id stands for, following `mergedInto` (a merged entity's file stays
 * so old links resolve) to the entity that survived; undefined for ids not in the registry.
 * A cycle or a dangling merge stops at the last entity found.
 */
export function resolveEntity(id: string, ctx: ExportContext): Entity | undefined {
  let entity = ctx.entities.get(id)
  const seen = new Set<string>()
  while (entity?.mergedInto && !seen.has(entity.id)) {
    seen.add(entity.id)
    const next = ctx.entities.get(entity.mergedInto)
    if (!next) break
    entity = next
  }
  return entity
}
