import type { DocJSON } from '../../../core/model/DocJSON'
import { countWords } from '../../../core/model/countWords'
import { articleSaved } from './articleSaved'
import { db } from './db'
import { enqueueWrite } from './enqueueWrite'
import { recordRevision } from './recordRevision'
import { INDEX_TABLES, reindexArticle } from './reindexArticle'

/**
 * An edit lands here at once: header, body, coalesced revision and outbox entry in one
 * transaction. The outbox flusher writes the file to the workspace afterwards.
 */
export async function saveArticleBody(id: string, headline: string, body: DocJSON): Promise<void> {
  const saved = await db.transaction('rw', [db.articles, db.articleDocs, db.revisions, db.outbox, ...INDEX_TABLES()], async () => {
    const row = await db.articles.get(id)
    if (!row) throw new Error('This article no longer exists in the store.')
    const updatedAt = new Date().toISOString()
    const changes = { headline, wordCount: countWords(body), updatedAt }
    await db.articles.update(id, changes)
    await db.articleDocs.put({ id, body })
    await reindexArticle(id, body, updatedAt)
    await recordRevision(id, headline, body, 'edit')
    await enqueueWrite(id)
    return { ...row, ...changes }
  })
  articleSaved(saved, body)
}
