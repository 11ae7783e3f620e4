import type { CopydeskApi } from '../../../core/ipc'
import type { Source } from '../../../core/model/Source'
import { db } from '../db/db'
import { fromSourceRow } from '../db/toSourceRow'
import { writeSource } from './writeSource'

export type SourcePatch = Partial<Omit<Source, 'id' | 'extra'>>

const OPTIONAL = ['url', 'contact', 'notes', 'accessDate'] as const

/** Edits a source in the registry (its id, and so every reference to it, stays). */
export async function updateSource(api: CopydeskApi, id: string, patch: SourcePatch): Promise<void> {
  const row = await db.sources.get(id)
  if (!row) throw new Error('This source is no longer in the registry.')
  const next: Source = { ...fromSourceRow(row) }
  if (patch.name !== undefined) {
    const name = patch.name.replace(/\s+/g, ' ').trim()
    if (!name) throw new Error('A source needs a name.')
    next.name = name
  }
  if (patch.type) next.type = patch.type
  for (const key of OPTIONAL) {
    if (patch[key] === undefined) continue
    const value = key === 'notes' ? patch[key]!.replace(/\s+$/, '') : patch[key]!.trim()
    if (value) next[key] = value
    else delete next[key]
  }
  if (next.url && !/^(?:https?:\/\/|mailto:)/i.test(next.url)) throw new Error('A source URL starts with http://, https:// or mailto:.')
  if (next.accessDate && !/^\d{4}-\d{2}-\d{2}$/.test(next.accessDate)) throw new Error('The access date is a date (YYYY-MM-DD).')
  await writeSource(api, next)
}
