import type { CopydeskApi } from '../../../core/ipc'
import { db } from './db'

/** Deletes every trashed article for good: the files in .trash, then the store's rows. */
export async function emptyTrash(api: CopydeskApi): Promise<number> {
  const { removed } = await api.articles.emptyTrash()
  await db.transaction('rw', [db.articles, db.articleDocs, db.revisions, db.outbox, db.mentions, db.quotes], async () => {
    const ids = await db.articles.where('[trashed+updatedAt]').between([1, ''], [1, '\uffff']).primaryKeys()
    await db.articles.bulkDelete(ids)
    await db.articleDocs.bulkDelete(ids)
    await db.outbox.bulkDelete(ids)
    await db.revisions.where('articleId').anyOf(ids).delete()
    await db.mentions.where('articleId').anyOf(ids).delete()
    await db.quotes.where('articleId').anyOf(ids).delete()
  })
  return removed
}
