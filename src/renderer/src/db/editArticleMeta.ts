import type { ArticleRow } from './ArticleRow'
import { db } from './db'
import { updateArticleMeta, type ArticleMetaPatch } from './updateArticleMeta'

/**
 * Changes article metadata as a function of what is stored now, read and written in one
 * transaction: two quick edits of one list (a byline added while another is being renamed)
 * never lose one another. `edit` returns null to change nothing.
 */
export function editArticleMeta(id: string, edit: (row: ArticleRow) => ArticleMetaPatch | null): Promise<void> {
  return db.transaction('rw', [db.articles, db.articleDocs, db.revisions, db.outbox], async () => {
    const row = await db.articles.get(id)
    if (!row) throw new Error('This article no longer exists in the store.')
    const patch = edit(row)
    if (patch) await updateArticleMeta(id, patch)
  })
}
