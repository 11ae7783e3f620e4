import { db } from './db'
import { enqueueWrite } from './enqueueWrite'
import { recordRevision } from './recordRevision'
import { INDEX_TABLES, reindexArticle } from './reindexArticle'

/**
 * Puts a revision's headline and body back as the current article. The state being replaced is
 * kept as a revision of its own first, so a restore can itself be undone.
 */
export async function restoreRevision(articleId: string, revisionId: number): Promise<void> {
  await db.transaction('rw', [db.articles, db.articleDocs, db.revisions, db.outbox, ...INDEX_TABLES()], async () => {
    const revision = await db.revisions.get(revisionId)
    const row = await db.articles.get(articleId)
    const doc = await db.articleDocs.get(articleId)
    if (!revision || revision.articleId !== articleId || !row || !doc) throw new Error('That revision is no longer available.')
    await recordRevision(articleId, row.headline, doc.body, 'restore')
    const updatedAt = new Date().toISOString()
    await db.articles.update(articleId, { headline: revision.headline, updatedAt })
    await db.articleDocs.put({ id: articleId, body: revision.body })
    await reindexArticle(articleId, revision.body, updatedAt)
    await recordRevision(articleId, revision.headline, revision.body, 'restore')
    await enqueueWrite(articleId)
  })
}
