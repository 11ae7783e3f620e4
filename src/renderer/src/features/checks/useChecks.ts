import { useLiveQuery } from 'dexie-react-hooks'
import { runChecks } from '../../../../core/checks/runChecks'
import type { Finding } from '../../../../core/checks/Finding'
import type { ArticleRow } from '../../db/ArticleRow'
import { db } from '../../db/db'
import { toArticle } from '../../db/toArticle'
import { currentRegistryIndex } from '../../sync/registryIndex'

/**
 * Preflight findings of an article as stored (re-run after each save), with the workspace
 * registry for the checks that use it. The status bar and the Checks tab share the text
 * analysis: runChecks caches it per text.
 */
export function useChecks(row: ArticleRow | null | undefined): Finding[] | undefined {
  return useLiveQuery(async () => {
    if (!row) return []
    const doc = await db.articleDocs.get(row.id)
    return doc ? runChecks(toArticle(row, doc.body), { registry: currentRegistryIndex() }) : []
  }, [row])
}
