import type { CheckContext } from '../../../../src/core/checks/CheckContext'
import type { Finding } from '../../../../src/core/checks/Finding'
import { runChecks } from '../../../../src/core/checks/runChecks'
import type { Article } from '../../../../src/core/model/Article'

/** The findings of one check on an article. */
export function findingsOf(a: Article, id: string, ctx?: CheckContext): Finding[] {
  return runChecks(a, ctx).filter((f) => f.id === id)
}
