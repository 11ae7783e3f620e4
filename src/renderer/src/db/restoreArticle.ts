import type { CopydeskApi } from '../../../core/ipc'
import { runSync } from '../sync/runSync'
import { db } from './db'
import { enqueueWrite } from './enqueueWrite'

/** Brings an article back from the trash; the sync moves its file back (a free name if the old one is taken). */
export async function restoreArticle(api: CopydeskApi, id: string): Promise<void> {
  const changed = await db.transaction('rw', [db.articles, db.outbox], async () => {
    const row = await db.articles.get(id)
    if (!row || !row.trashed) return false
    await db.articles.update(id, { trashed: 0, updatedAt: new Date().toISOString() })
    await enqueueWrite(id)
    return true
  })
  if (changed) await runSync(api)
}
