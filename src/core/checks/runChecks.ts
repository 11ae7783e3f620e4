import type { Article } from '../model/Article'
import type { Check } from './Check'
import { checkMissingHeadline } from './checkMissingHeadline'
import type { Finding } from './Finding'

/** Every preflight check, in the order their findings are listed. */
const CHECKS: Check[] = [checkMissingHeadline]

/** Runs all preflight checks on an article: errors first, then warnings, then info. */
export function runChecks(article: Article): Finding[] {
  const rank = { error: 0, warning: 1, info: 2 }
  return CHECKS.flatMap((check) => check(article)).sort((a, b) => rank[a.severity] - rank[b.severity])
}
