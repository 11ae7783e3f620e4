import type { ParsedArticle } from '../model/Article'
import { articleText } from './ArticleText'
import type { Check, CheckInput } from './Check'
import type { CheckContext } from './CheckContext'
import { analyseText } from './analyseText'
import { checkDisplayQuotes } from './checkDisplayQuotes'
import { checkMissingByline } from './checkMissingByline'
import { checkMissingDateline } from './checkMissingDateline'
import { checkMissingHeadline } from './checkMissingHeadline'
import { checkOpenFlags } from './checkOpenFlags'
import { checkPhotoAltText } from './checkPhotoAltText'
import { checkPhotoCredit } from './checkPhotoCredit'
import { checkPhotoDisclosure } from './checkPhotoDisclosure'
import { checkPhotoUsageTerms } from './checkPhotoUsageTerms'
import { checkQuoteSpeaker } from './checkQuoteSpeaker'
import { checkQuoteVerified } from './checkQuoteVerified'
import { checkSourcesAttached } from './checkSourcesAttached'
import { checkSpellingVariants } from './checkSpellingVariants'
import { checkUntaggedEntities } from './checkUntaggedEntities'
import type { Finding, FindingTarget } from './Finding'

/** Every preflight check; findings are then ordered by severity and place. */
export const CHECKS: readonly Check[] = [
  // Errors: each blocks export until fixed or overridden with a reason.
  checkPhotoCredit,
  checkPhotoDisclosure,
  checkQuoteSpeaker,
  checkOpenFlags,
  checkDisplayQuotes,
  // Warnings.
  checkMissingHeadline,
  checkMissingByline,
  checkMissingDateline,
  checkPhotoUsageTerms,
  checkPhotoAltText,
  checkQuoteVerified,
  checkSpellingVariants,
  checkUntaggedEntities,
  checkSourcesAttached
]

const SEVERITY = { error: 0, warning: 1, info: 2 }
const FIELD = { headline: 0, standfirst: 1, bylines: 2, dateline: 3, subjects: 4 }

/** Reading order of a finding's place: the fields on top of the article, the body, photos, sources. */
function placeOf(target: FindingTarget | undefined): [number, number, number] {
  switch (target?.kind) {
    case 'field':
      return [0, FIELD[target.field], target.from ?? 0]
    case 'body':
      return [1, target.blockIndex, target.from]
    case 'photo':
      return [2, target.index, 0]
    case 'source':
      return [3, 0, 0]
    default:
      return [4, 0, 0]
  }
}

function compare(a: Finding, b: Finding): number {
  const bySeverity = SEVERITY[a.severity] - SEVERITY[b.severity]
  if (bySeverity) return bySeverity
  const overridden = Number(!!a.overridden) - Number(!!b.overridden)
  if (overridden) return overridden
  const pa = placeOf(a.target)
  const pb = placeOf(b.target)
  return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2]
}

/**
 * Runs every preflight check on an article: errors first, then warnings, then info, each in
 * reading order. A finding whose key the desk overrode (article.checkOverrides) is marked
 * `overridden` with the reason and no longer blocks export. `ctx` brings the workspace
 * registry when the caller has one; without it, checks that need it do what they can.
 */
export function runChecks(article: ParsedArticle, ctx: CheckContext = {}): Finding[] {
  const body = articleText(article.body)
  const analysis = analyseText(body.text, ctx.registry)
  const input: CheckInput = { ctx, body, suggestions: analysis.suggestions, spellingVariants: analysis.spellingVariants }
  const overrides = new Map((article.checkOverrides ?? []).map((o) => [o.key, o]))
  const findings: Finding[] = []
  for (const check of CHECKS) {
    for (const finding of check(article, input)) {
      const key = finding.key ?? finding.id
      const override = overrides.get(key)
      // An override counts only with a written reason.
      if (override && !override.reason.trim()) {
        findings.push({ ...finding, key })
        continue
      }
      findings.push(override ? { ...finding, key, overridden: { reason: override.reason, at: override.at } } : { ...finding, key })
    }
  }
  return findings.sort(compare)
}

/** Whether these findings stop an export: any error the desk has not overridden with a reason. */
export function blocksExport(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error' && !f.overridden)
}
