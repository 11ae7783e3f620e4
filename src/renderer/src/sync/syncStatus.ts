import type { SyncReport } from '../../../core/sync/SyncEngine'

export interface SyncStatus {
  running: boolean
  /** Progress of the run in hand, on large folders (main reports it). */
  progress: { phase: 'reading' | 'applying' | 'importing'; done: number; total: number } | null
  /** Why the sync is paused (folder unreachable, emptied…); null when it is not. */
  paused: { reason: string; message: string } | null
  /** Articles gone from the folder that wait for the user's word (mass-deletion fail-safe). */
  awaitingConfirmation: { id: string; path: string }[]
  /** Files other tools left in conflict that the sync could not take in (git markers, no id). */
  unresolvedFiles: string[]
  error: string | null
  lastRunAt: string | null
  lastReport: SyncReport | null
}

let status: SyncStatus = {
  running: false,
  progress: null,
  paused: null,
  awaitingConfirmation: [],
  unresolvedFiles: [],
  error: null,
  lastRunAt: null,
  lastReport: null
}
const listeners = new Set<() => void>()

/** The sync's state for the status bar (a tiny external store for useSyncExternalStore). */
export const syncStatus = {
  get: (): SyncStatus => status,
  set(patch: Partial<SyncStatus>): void {
    status = { ...status, ...patch }
    for (const l of listeners) l()
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  }
}
