import type { CopydeskApi } from '../../../core/ipc'
import type { Source } from '../../../core/model/Source'
import { writeSourceYaml } from '../../../core/formats/registry/writeSourceYaml'
import { db } from '../db/db'
import { toSourceRow } from '../db/toSourceRow'
import { loadSources } from '../sync/loadSources'

/**
 * Writes a source's file (compare-and-swap against the version the store last saw), then its
 * row. When another tool changed the file meanwhile, nothing is overwritten: the sources are
 * reloaded from the folder and the desk is asked to try again.
 */
export async function writeSource(api: CopydeskApi, source: Source): Promise<void> {
  const row = await db.sources.get(source.id)
  const result = await api.registry.write({ file: `sources/${source.id}.yaml`, content: writeSourceYaml(source), baseHash: row?.fileHash ?? null })
  if (!result.ok) {
    await loadSources(api)
    throw new Error(`${source.name} was changed in the workspace folder by another tool; it has been reloaded — please try again.`)
  }
  await db.sources.put(toSourceRow(source, result.hash))
}
