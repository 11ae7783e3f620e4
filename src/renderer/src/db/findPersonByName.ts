import type { EntityRow } from './CopydeskDB'
import { db } from './db'

const lastWord = (name: string): string => name.trim().split(/\s+/).pop()!.toLocaleLowerCase()

/**
 * The registry person a name refers to: one whose name or alias is exactly that (any case), or
 * for a surname alone ("Peskov"), the one person whose name ends with it. Undefined when there
 * is none or the surname is shared (never guess between two people).
 */
export async function findPersonByName(name: string): Promise<EntityRow | undefined> {
  const clean = name.replace(/\s+/g, ' ').trim()
  const lower = clean.toLocaleLowerCase()
  const exact = await db.entities
    .where('keys')
    .equals(lastWord(clean))
    .filter((e) => e.type === 'person' && !e.mergedInto && [e.name, ...e.aliases].some((n) => n.toLocaleLowerCase() === lower))
    .first()
  if (exact || /\s/.test(clean)) return exact
  const bySurname = await db.entities
    .where('keys')
    .equals(lower)
    .filter((e) => e.type === 'person' && !e.mergedInto && lastWord(e.name) === lower)
    .toArray()
  return bySurname.length === 1 ? bySurname[0] : undefined
}
