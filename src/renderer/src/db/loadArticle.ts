import type { Article } from '../../../core/model/Article'
import type { ArticleRow } from './ArticleRow'
import { db } from './db'
import { toArticle } from './toArticle'

/** Loads header and body together; undefined when either is gone. */
export async function loadArticle(id: string): Promise<{ row: ArticleRow; article: Article } | undefined> {
  return db.transaction('r', [db.articles, db.articleDocs], async () => {
    const row = await db.articles.get(id)
    const doc = await db.articleDocs.get(id)
    if (!row || !doc) return undefined
    return { row, article: toArticle(row, doc.body) }
  })
}
