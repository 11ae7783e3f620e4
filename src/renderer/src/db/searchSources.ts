import type { SourceRow } from './CopydeskDB'
import { db } from './db'

/**
 * Type-ahead over the source registry: sources whose name has a word starting with each typed
 * word; the exact name first, then alphabetically. An empty query lists the first few by name.
 */
export async function searchSources(query: string, limit = 8): Promise<SourceRow[]> {
  const words = query.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  if (words.length === 0) return db.sources.orderBy('name').limit(limit).toArray()
  const candidates = await db.sources.where('keys').startsWith(words[0]!).distinct().toArray()
  const q = query.trim().toLocaleLowerCase()
  return candidates
    .filter((s) => words.every((w) => s.keys.some((k) => k.startsWith(w))))
    .sort((a, b) => Number(b.name.toLocaleLowerCase() === q) - Number(a.name.toLocaleLowerCase() === q) || a.name.localeCompare(b.name))
    .slice(0, limit)
}
