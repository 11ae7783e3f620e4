import { Dexie, type IntervalTree, type IntervalTreeNode, type ObservabilitySet } from 'dexie'

/** What changed in the working store, as far as the search index cares. */
export interface StoreChange {
  /** Article ids whose header or body changed, or 'all' when too many (or a range) to list. */
  articles: string[] | 'all'
  entities: boolean
}

/** More keys than this in one change (a rebuild from the folder) are read as "everything". */
const MAX_KEYS = 500

/**
 * Adds the primary keys a change touched; false when it touched a range (a bulk write, which
 * Dexie reports as the whole key range) or too many keys to list.
 */
function keysOf(tree: IntervalTree | undefined, into: Set<string>): boolean {
  if (!tree || !('from' in tree)) return true
  const node = tree as IntervalTreeNode
  if (typeof node.from !== 'string' || node.from !== node.to) return false
  into.add(node.from)
  if (into.size > MAX_KEYS) return false
  return keysOf(node.l ?? undefined, into) && keysOf(node.r ?? undefined, into)
}

/**
 * Calls `onChange` after each committed write to the articles, their bodies or the registry of
 * the database `dbName` (Dexie's storagemutated event: writes of this page, and of other pages
 * and workers of the same origin). Returns the unsubscribe function.
 */
export function watchStoreChanges(dbName: string, onChange: (change: StoreChange) => void): () => void {
  const prefix = `idb://${dbName}/`
  const listener = (parts: ObservabilitySet): void => {
    const ids = new Set<string>()
    let listed = true
    let touched = false
    for (const table of ['articles', 'articleDocs']) {
      const part = `${prefix}${table}/`
      if (!(part in parts)) continue
      touched = true
      listed = keysOf(parts[part], ids) && listed
    }
    const entities = Object.keys(parts).some((p) => p.startsWith(`${prefix}entities/`))
    if (touched || entities) onChange({ articles: listed ? [...ids] : 'all', entities })
  }
  Dexie.on('storagemutated', listener)
  return () => Dexie.on('storagemutated').unsubscribe(listener)
}
