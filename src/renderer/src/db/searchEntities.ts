import type { EntityType } from '../../../core/model/EntityType'
import type { EntityRow } from './CopydeskDB'
import { db } from './db'

/**
 * Type-ahead over the registry: entities whose name or alias has a word starting with each
 * typed word; exact name matches first, then by type preference, then alphabetically.
 */
export async function searchEntities(query: string, preferType?: EntityType, limit = 8): Promise<EntityRow[]> {
  const words = query.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  if (words.length === 0) return db.entities.orderBy('name').filter((e) => !e.mergedInto).limit(limit).toArray()
  const candidates = await db.entities.where('keys').startsWith(words[0]!).distinct().toArray()
  const q = query.trim().toLocaleLowerCase()
  return candidates
    .filter((e) => !e.mergedInto && words.every((w) => e.keys.some((k) => k.startsWith(w))))
    .sort((a, b) => {
      const exact = Number(b.name.toLocaleLowerCase() === q) - Number(a.name.toLocaleLowerCase() === q)
      if (exact) return exact
      const typed = Number(b.type === preferType) - Number(a.type === preferType)
      return typed || a.name.localeCompare(b.name)
    })
    .slice(0, limit)
}
