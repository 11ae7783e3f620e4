import type { CopydeskApi } from '../../../core/ipc'
import type { Entity } from '../../../core/model/Entity'
import type { EntityType } from '../../../core/model/EntityType'
import { slugify } from '../../../core/model/slugify'
import { writeEntityYaml } from '../../../core/formats/registry/writeEntityYaml'
import { db } from './db'
import { toEntityRow } from './toEntityRow'

/**
 * Adds an entity to the workspace registry: a readable, unique slug id, a row in the store,
 * and its file `entities/<id>.yaml` written through main (compare-and-swap: never over another
 * tool's file of the same name — the next free id is taken instead).
 */
export async function createEntity(api: CopydeskApi, name: string, type: EntityType): Promise<Entity> {
  const clean = name.replace(/\s+/g, ' ').trim()
  if (!clean) throw new Error('An entity needs a name.')
  const base = slugify(clean)
  for (let n = 1; n < 1000; n++) {
    const id = n === 1 ? base : `${base}-${n}`
    if (await db.entities.get(id)) continue
    const entity: Entity = { id, type, name: clean, aliases: [] }
    const result = await api.registry.write({ file: `entities/${id}.yaml`, content: writeEntityYaml(entity), baseHash: null })
    if (!result.ok) continue
    await db.entities.put(toEntityRow(entity, result.hash))
    return entity
  }
  throw new Error(`Could not find a free id for “${clean}”.`)
}
