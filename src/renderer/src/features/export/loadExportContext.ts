import type { ExportContext } from '../../../../core/formats/export/ExportContext'
import type { Entity } from '../../../../core/model/Entity'
import type { Source } from '../../../../core/model/Source'
import { db } from '../../db/db'

/** What the registry tables hold beyond the core model: search keys and the file's hash. */
type Stored<T> = T & { keys?: unknown; fileHash?: unknown }

function strip<T>(row: Stored<T>): T {
  const { keys: _keys, fileHash: _hash, ...rest } = row
  return rest as T
}

/** The workspace's sources, or none when this store has no sources table (an older schema). */
export async function loadSources(): Promise<Source[]> {
  const table = db.tables.find((t) => t.name === 'sources')
  if (!table) return []
  return ((await table.toArray()) as Stored<Source>[]).map((row) => strip(row))
}

/**
 * The export context from the store: every entity (merged ones too, so the writers follow
 * `mergedInto`) and every source, keyed by id.
 */
export async function loadExportContext(): Promise<{ ctx: ExportContext; sources: Source[] }> {
  const entities = (await db.entities.toArray()).map((row) => strip<Entity>(row))
  const sources = await loadSources()
  return { ctx: { entities: new Map(entities.map((e) => [e.id, e])), sources: new Map(sources.map((s) => [s.id, s])) }, sources }
}
