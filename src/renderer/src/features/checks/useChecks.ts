import { useEffect, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { Finding } from '../../../../core/checks/Finding'
import type { ArticleRow } from '../../db/ArticleRow'
import { db } from '../../db/db'
import { fromSourceRow } from '../../db/toSourceRow'
import { toArticle } from '../../db/toArticle'
import { coreClient } from '../../worker/coreClient'

/**
 * Preflight findings of an article as stored (re-run after each save), with the workspace
 * registry and sources (re-run when a source is added or renamed), computed in the core worker
 * so a long article never stalls typing.
 */
export function useChecks(row: ArticleRow | null | undefined): Finding[] | undefined {
  const doc = useLiveQuery(async () => (row ? ((await db.articleDocs.get(row.id)) ?? null) : null), [row?.id, row?.updatedAt])
  const sources = useLiveQuery(async () => (await db.sources.toArray()).map(fromSourceRow), [])
  const [findings, setFindings] = useState<{ for: unknown; list: Finding[] } | undefined>(undefined)
  useEffect(() => {
    if (!row || !doc || !sources) return
    let live = true
    const article = toArticle(row, doc.body)
    coreClient()
      .checks(article, sources)
      .then((list) => live && setFindings({ for: row, list }))
      .catch(() => {})
    return () => {
      live = false
    }
  }, [row, doc, sources])
  if (!row) return []
  if (doc === null) return []
  return findings?.list
}
