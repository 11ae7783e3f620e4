import type { Article } from '../../../core/model/Article'
import { db } from './db'
import { enqueueWrite } from './enqueueWrite'
import { recordRevision } from './recordRevision'

export type ArticleMetaPatch = Partial<
  Omit<Article, 'id' | 'slug' | 'createdAt' | 'updatedAt' | 'body' | 'extra'>
>

/** Changes article metadata (rename, status…) and queues the write; a status change opens a revision. */
export async function updateArticleMeta(id: string, patch: ArticleMetaPatch): Promise<void> {
  await db.transaction('rw', [db.articles, db.articleDocs, db.revisions, db.outbox], async () => {
    const row = await db.articles.get(id)
    if (!row) throw new Error('This article no longer exists in the store.')
    await db.articles.update(id, { ...patch, updatedAt: new Date().toISOString() })
    if (patch.status && patch.status !== row.status) {
      const doc = await db.articleDocs.get(id)
      if (doc) await recordRevision(id, patch.headline ?? row.headline, doc.body, 'status')
    }
    await enqueueWrite(id)
  })
}
