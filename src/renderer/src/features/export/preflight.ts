import type { Finding } from '../../../../core/checks/Finding'
import type { Source } from '../../../../core/model/Source'
import { loadArticle } from '../../db/loadArticle'
import { coreClient } from '../../worker/coreClient'

/** An article whose preflight checks stop its export, with the errors that do. */
export interface BlockedArticle {
  id: string
  title: string
  errors: Finding[]
}

/** What the preflight found: the articles errors block, and how many warnings there are in all. */
export interface PreflightResult {
  blocked: BlockedArticle[]
  warnings: number
}

/**
 * Runs the preflight checks on each article (in the core worker), reporting progress, and
 * returns those that errors block. Stops early, returning null, when `cancelled()` says so.
 */
export async function runPreflight(
  ids: readonly string[],
  sources: Source[],
  onProgress: (done: number) => void,
  cancelled: () => boolean
): Promise<PreflightResult | null> {
  const blocked: BlockedArticle[] = []
  let warnings = 0
  for (let i = 0; i < ids.length; i++) {
    if (cancelled()) return null
    const loaded = await loadArticle(ids[i]!)
    if (loaded) {
      const findings = await coreClient().checks(loaded.article, sources)
      const errors = findings.filter((f) => f.severity === 'error' && !f.overridden)
      warnings += findings.filter((f) => f.severity === 'warning').length
      if (errors.length) blocked.push({ id: loaded.article.id, title: loaded.article.headline || loaded.article.slug, errors })
    }
    onProgress(i + 1)
  }
  return { blocked, warnings }
}
