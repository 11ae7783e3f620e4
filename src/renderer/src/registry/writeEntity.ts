import type { CopydeskApi } from '../../../core/ipc'
import type { Entity } from '../../../core/model/Entity'
import { writeEntityYaml } from '../../../core/formats/registry/writeEntityYaml'
import { db } from '../db/db'
import { toEntityRow } from '../db/toEntityRow'
import { loadRegistry } from '../sync/loadRegistry'

/**
 * Writes an entity's file (compare-and-swap against the version the store last saw) and then
 * its row. When another tool changed the file meanwhile, nothing is overwritten: the registry
 * is reloaded from the folder and the desk is asked to try again.
 */
export async function writeEntity(api: CopydeskApi, entity: Entity): Promise<void> {
  const row = await db.entities.get(entity.id)
  const result = await api.registry.write({
    file: `entities/${entity.id}.yaml`,
    content: writeEntityYaml(entity),
    baseHash: row?.fileHash ?? null
  })
  if (!result.ok) {
    await loadRegistry(api)
    throw new Error(`${entity.name} was changed in the workspace folder by another tool; it has been reloaded — please try again.`)
  }
  await db.entities.put(toEntityRow(entity, result.hash))
}
