import { useLiveQuery } from 'dexie-react-hooks'
import { db } from './db'

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'retrying'; error: string }
  | { kind: 'conflict'; error: string }

/** Whether the article's latest edit has reached the workspace folder, derived from the outbox. */
export function useSaveState(id: string | null): { article: SaveState; queued: number } | undefined {
  return useLiveQuery(async () => {
    const queued = await db.outbox.count()
    const entry = id ? await db.outbox.get(id) : undefined
    let article: SaveState = { kind: 'saved' }
    if (entry?.state === 'conflict') article = { kind: 'conflict', error: entry.lastError ?? 'changed outside' }
    else if (entry?.lastError) article = { kind: 'retrying', error: entry.lastError }
    else if (entry) article = { kind: 'saving' }
    return { article, queued }
  }, [id])
}
