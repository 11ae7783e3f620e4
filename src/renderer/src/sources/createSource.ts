import type { CopydeskApi } from '../../../core/ipc'
import { slugify } from '../../../core/model/slugify'
import type { Source, SourceType } from '../../../core/model/Source'
import { writeSourceYaml } from '../../../core/formats/registry/writeSourceYaml'
import { db } from '../db/db'
import { toSourceRow } from '../db/toSourceRow'

/**
 * Adds a source to the workspace registry: a readable, unique slug id, its file
 * `sources/<id>.yaml` written through main (never over another tool's file of the same name —
 * the next free id is taken instead), then its row.
 */
export async function createSource(api: CopydeskApi, fields: { name: string; type: SourceType } & Partial<Omit<Source, 'id'>>): Promise<Source> {
  const name = fields.name.replace(/\s+/g, ' ').trim()
  if (!name) throw new Error('A source needs a name.')
  const base = slugify(name)
  for (let n = 1; n < 1000; n++) {
    const id = n === 1 ? base : `${base}-${n}`
    if (await db.sources.get(id)) continue
    const source: Source = { ...fields, id, name }
    const result = await api.registry.write({ file: `sources/${id}.yaml`, content: writeSourceYaml(source), baseHash: null })
    if (!result.ok) continue
    await db.sources.put(toSourceRow(source, result.hash))
    return source
  }
  throw new Error(`Could not find a free id for “${name}”.`)
}
