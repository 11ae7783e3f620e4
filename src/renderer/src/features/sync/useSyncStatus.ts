import { useSyncExternalStore } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../../db/db'
import { syncStatus, type SyncStatus } from '../../sync/syncStatus'

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(syncStatus.subscribe, syncStatus.get)
}

/** Conflict copies not yet settled (live articles with conflictOf). */
export function useConflictCopies(): { id: string; headline: string; conflictOf: string; file: string }[] {
  return (
    useLiveQuery(async () => {
      const rows = await db.articles.where('conflictOf').above('').toArray()
      return rows.filter((r) => !r.trashed).map((r) => ({ id: r.id, headline: r.headline, conflictOf: r.conflictOf!, file: r.file }))
    }) ?? []
  )
}
