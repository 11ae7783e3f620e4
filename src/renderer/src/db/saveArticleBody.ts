import type { DocJSON } from '../../../core/model/DocJSON'
import { countWords } from '../../../core/model/countWords'
import { db } from './db'
import { enqueueWrite } from './enqueueWrite'
import { recordRevision } from './recordRevision'

/**
 * An edit lands here at once: header, body, coalesced revision and outbox entry in one
 * transaction. The outbox flusher writes the file to the workspace afterwards.
 */
export async function saveArticleBody(id: string, headline: string, body: DocJSON): Promise<void> {
  await db.transaction('rw', [db.articles, db.articleDocs, db.revisions, db.outbox], async () => {
    const row = await db.articles.get(id)
    if (!row) throw new Error('This article no longer exists in the store.')
    await db.articles.update(id, {
      headline,
      wordCount: countWords(body),
      updatedAt: new Date().toISOString()
    })
    await db.articleDocs.put({ id, body })
    await recordRevision(id, headline, body, 'edit')
    await enqueueWrite(id)
  })
}
