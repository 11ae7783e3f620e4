import type { Entity } from '../../../core/model/Entity'
import type { EntityRow } from './CopydeskDB'

/** Lower-cased words of an entity's name and aliases: the type-ahead index. */
export function entityKeys(entity: Pick<Entity, 'name' | 'aliases'>): string[] {
  const words = new Set<string>()
  for (const label of [entity.name, ...entity.aliases]) {
    for (const w of label.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) words.add(w)
  }
  return [...words]
}

export function toEntityRow(entity: Entity, fileHash: string | null): EntityRow {
  return { ...entity, keys: entityKeys(entity), fileHash }
}
