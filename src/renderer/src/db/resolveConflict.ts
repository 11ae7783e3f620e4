import type { CopydeskApi } from '../../../core/ipc'
import { articleMeta } from '../../../core/model/articleMeta'
import { countWords } from '../../../core/model/countWords'
import { runSync } from '../sync/runSync'
import { toArticle } from './toArticle'
import { db } from './db'
import { enqueueWrite } from './enqueueWrite'
import { recordRevision } from './recordRevision'
import { INDEX_TABLES, reindexArticle } from './reindexArticle'

export type ConflictChoice = 'mine' | 'theirs' | 'both'

/**
 * Settles a conflict copy (an article with `conflictOf`, made by the sync when the app and the
 * folder changed the same text): keep mine (the copy goes to the trash), keep theirs (the
 * copy's text and metadata replace the article's, whose replaced text stays a revision; the
 * copy goes to the trash) or keep both (the copy becomes an article of its own). Nothing is
 * deleted: the trash and the revision history keep every version.
 */
export async function resolveConflict(api: CopydeskApi, copyId: string, choice: ConflictChoice): Promise<void> {
  await db.transaction('rw', [db.articles, db.articleDocs, db.revisions, db.outbox, ...INDEX_TABLES()], async () => {
    const copy = await db.articles.get(copyId)
    const copyDoc = await db.articleDocs.get(copyId)
    if (!copy || !copyDoc || !copy.conflictOf) throw new Error('That conflict has already been settled.')
    const original = await db.articles.get(copy.conflictOf)
    const originalDoc = await db.articleDocs.get(copy.conflictOf)
    const live = original && originalDoc && !original.trashed
    if (choice === 'both' || (choice === 'theirs' && !live)) {
      // No article left to replace: theirs is kept as an article of its own.
      const { conflictOf: _of, ...rest } = copy
      await db.articles.put({ ...rest, updatedAt: new Date().toISOString() })
      await enqueueWrite(copyId)
      return
    }
    if (choice === 'theirs' && original && originalDoc) {
      await recordRevision(original.id, original.headline, originalDoc.body, 'restore')
      const updatedAt = new Date().toISOString()
      const { conflictOf: _of, ...meta } = articleMeta(toArticle(copy, copyDoc.body))
      // Theirs entirely (a field only mine had goes too), in mine's place and file.
      const { id, slug, createdAt, file, fileHash, trashed } = original
      await db.articles.put({
        id,
        slug,
        createdAt,
        file,
        fileHash,
        trashed,
        ...meta,
        headline: copy.headline,
        status: copy.status,
        updatedAt,
        wordCount: countWords(copyDoc.body)
      })
      await db.articleDocs.put({ id: original.id, body: copyDoc.body })
      await reindexArticle(original.id, copyDoc.body, updatedAt)
      await recordRevision(original.id, copy.headline, copyDoc.body, 'restore')
      await enqueueWrite(original.id)
    }
    // Mine, or theirs now taken in: the copy goes to the trash (restorable, like any article).
    await db.articles.update(copyId, { trashed: 1 })
    await enqueueWrite(copyId)
  })
  await runSync(api)
}
