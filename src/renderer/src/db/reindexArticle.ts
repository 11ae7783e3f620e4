import type { DocJSON } from '../../../core/model/DocJSON'
import { collectTags } from '../../../core/registry/collectTags'
import { db } from './db'

/** The tables reindexArticle writes; include them in the calling transaction. */
export const INDEX_TABLES = () => [db.mentions, db.quotes]

/**
 * Rebuilds the derived mention and quote rows of one article from its body. Call inside the
 * transaction that saves the body, so the indexes never disagree with the article.
 * A null body (article deleted) just removes its rows.
 */
export async function reindexArticle(articleId: string, body: DocJSON | null, updatedAt: string): Promise<void> {
  await db.mentions.where('articleId').equals(articleId).delete()
  await db.quotes.where('articleId').equals(articleId).delete()
  if (!body) return
  const { mentions, quotes } = collectTags(body)
  await db.mentions.bulkAdd(
    [...mentions].map(([entityId, count]) => ({ key: `${articleId}:${entityId}`, articleId, entityId, count }))
  )
  await db.quotes.bulkAdd(
    quotes.map((q) => ({
      key: `${articleId}:${q.quoteId}`,
      articleId,
      quoteId: q.quoteId,
      text: q.text,
      speakerId: q.speakerId,
      sourceId: q.sourceId,
      kind: q.kind,
      verified: q.verified ? 1 : 0,
      updatedAt
    }))
  )
}
