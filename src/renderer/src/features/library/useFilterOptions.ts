import { useLiveQuery } from 'dexie-react-hooks'
import type { EntityRow } from '../../db/CopydeskDB'
import { db } from '../../db/db'

/** What the filter row offers: people quoted somewhere (for the speaker list) and registry names (for the entity field). */
export function useFilterOptions(enabled: boolean): { speakers: EntityRow[]; entityNames: string[] } {
  const options = useLiveQuery(async () => {
    if (!enabled) return { speakers: [], entityNames: [] }
    const ids = (await db.quotes.orderBy('speakerId').uniqueKeys()) as string[]
    const speakers = (await db.entities.bulkGet(ids)).filter((r): r is EntityRow => r !== undefined && !r.mergedInto)
    speakers.sort((a, b) => a.name.localeCompare(b.name))
    const names = new Set<string>()
    await db.entities.orderBy('name').limit(2000).each((e) => void (e.mergedInto || names.add(e.name)))
    return { speakers, entityNames: [...names] }
  }, [enabled])
  return options ?? { speakers: [], entityNames: [] }
}
