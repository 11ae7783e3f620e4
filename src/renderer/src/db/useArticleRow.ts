import { useLiveQuery } from 'dexie-react-hooks'
import type { ArticleRow } from './ArticleRow'
import { db } from './db'

/** The live header row of one article (null when none is selected or it is gone). */
export function useArticleRow(id: string | null): ArticleRow | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.articles.get(id)) ?? null) : null), [id])
}
