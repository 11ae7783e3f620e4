import { useLiveQuery } from 'dexie-react-hooks'
import type { ArticleRow } from '../../db/ArticleRow'
import type { EntityRow } from '../../db/CopydeskDB'
import { db } from '../../db/db'

export interface EntityDetails {
  entity: EntityRow | undefined
  /** Live articles that tag the entity, newest first, with how often. */
  articles: { row: ArticleRow; count: number }[]
  /** Other entities tagged in the same articles, most shared articles first. */
  coMentioned: { entity: EntityRow; articles: number }[]
  /** Entities merged into this one. */
  mergedFrom: EntityRow[]
}

/** Everything the entity page shows, as index lookups on the derived mention table. */
export function useEntityDetails(entityId: string | null): EntityDetails | undefined {
  return useLiveQuery(async () => {
    if (!entityId) return undefined
    const entity = await db.entities.get(entityId)
    const mentions = await db.mentions.where('entityId').equals(entityId).toArray()
    const rows = await db.articles.bulkGet(mentions.map((m) => m.articleId))
    const articles = mentions
      .map((m, i) => ({ row: rows[i]!, count: m.count }))
      .filter((a) => a.row && a.row.trashed === 0)
      .sort((a, b) => (a.row.updatedAt < b.row.updatedAt ? 1 : -1))
    const shared = new Map<string, number>()
    const others = await db.mentions.where('articleId').anyOf(articles.map((a) => a.row.id)).toArray()
    for (const m of others) if (m.entityId !== entityId) shared.set(m.entityId, (shared.get(m.entityId) ?? 0) + 1)
    const top = [...shared].sort((a, b) => b[1] - a[1]).slice(0, 10)
    const topRows = await db.entities.bulkGet(top.map(([id]) => id))
    const coMentioned = top.flatMap(([, n], i) => (topRows[i] ? [{ entity: topRows[i], articles: n }] : []))
    const mergedFrom = await db.entities.filter((e) => e.mergedInto === entityId).toArray()
    return { entity, articles, coMentioned, mergedFrom }
  }, [entityId])
}
