import { useLiveQuery } from 'dexie-react-hooks'
import type { QuoteRow } from '../../db/CopydeskDB'
import { articleTitle } from '../../db/articleTitle'
import { db } from '../../db/db'

export interface QuoteView extends QuoteRow {
  speakerName: string | null
  headline: string
  /** The headline, or a visible stand-in when there is none. */
  title: string
  articleUpdatedAt: string
}

/**
 * Quotes across the workspace with their speaker's name and their article's headline, newest
 * first; only quotes in live (not trashed) articles. `speakerId` narrows to one speaker (an
 * index lookup), undefined lists them all.
 */
export function useQuoteRows(speakerId: string | null | undefined): QuoteView[] | undefined {
  return useLiveQuery(async () => {
    const rows = speakerId ? await db.quotes.where('speakerId').equals(speakerId).toArray() : await db.quotes.toArray()
    const [articles, speakers] = await Promise.all([
      db.articles.bulkGet([...new Set(rows.map((q) => q.articleId))]),
      db.entities.bulkGet([...new Set(rows.map((q) => q.speakerId ?? ''))])
    ])
    const articleById = new Map(articles.filter((a) => a !== undefined).map((a) => [a.id, a]))
    const nameById = new Map(speakers.filter((s) => s !== undefined).map((s) => [s.id, s.name]))
    return rows
      .filter((q) => articleById.get(q.articleId)?.trashed === 0)
      .map((q) => {
        const article = articleById.get(q.articleId)!
        return {
          ...q,
          speakerName: q.speakerId ? (nameById.get(q.speakerId) ?? q.speakerId) : null,
          headline: article.headline,
          title: articleTitle(article),
          articleUpdatedAt: article.updatedAt
        }
      })
      .sort((a, b) => (a.articleUpdatedAt < b.articleUpdatedAt ? 1 : a.articleUpdatedAt > b.articleUpdatedAt ? -1 : 0))
  }, [speakerId])
}
