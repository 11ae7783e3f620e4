import type { CopydeskApi } from '../../../core/ipc'
import { runSync } from '../sync/runSync'
import { db } from './db'
import { enqueueWrite } from './enqueueWrite'

/**
 * Moves the article to the trash: marked in the store at once, and the sync moves its file
 * (with its latest edits) into the workspace's .trash folder, so the trash is as durable and
 * shareable as the articles. An edit made elsewhere meanwhile beats the deletion.
 */
export async function trashArticle(api: CopydeskApi, id: string): Promise<void> {
  const changed = await db.transaction('rw', [db.articles, db.outbox], async () => {
    const row = await db.articles.get(id)
    if (!row || row.trashed) return false
    await db.articles.update(id, { trashed: 1 })
    await enqueueWrite(id)
    return true
  })
  if (changed) await runSync(api)
}
