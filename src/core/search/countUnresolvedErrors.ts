import { articleText } from '../checks/ArticleText'
import type { Check, CheckInput } from '../checks/Check'
import { checkDisplayQuotes } from '../checks/checkDisplayQuotes'
import { checkOpenFlags } from '../checks/checkOpenFlags'
import { checkPhotoCredit } from '../checks/checkPhotoCredit'
import { checkPhotoDisclosure } from '../checks/checkPhotoDisclosure'
import { checkQuoteSpeaker } from '../checks/checkQuoteSpeaker'
import type { ParsedArticle } from '../model/Article'

/**
 * The preflight checks that report errors. None of them needs the suggester, so the index can
 * run them on every article it reads (the warnings, which do, stay with the Checks tab).
 */
const ERROR_CHECKS: readonly Check[] = [checkPhotoCredit, checkPhotoDisclosure, checkQuoteSpeaker, checkOpenFlags, checkDisplayQuotes]

/** Should an error check ever read the suggester, it sees no suggestions rather than a slow pass per article. */
const NO_SUGGESTIONS = { suggestions: () => ({ entities: [], quotes: [] }), spellingVariants: () => [] }

/** How many error findings of the article block export: errors not overridden with a reason. */
export function countUnresolvedErrors(article: ParsedArticle): number {
  const input: CheckInput = {
    ctx: {},
    body: articleText(article.body),
    ...NO_SUGGESTIONS
  }
  const overridden = new Set((article.checkOverrides ?? []).filter((o) => o.reason.trim()).map((o) => o.key))
  let n = 0
  for (const check of ERROR_CHECKS) {
    for (const f of check(article, input)) if (f.severity === 'error' && !overridden.has(f.key ?? f.id)) n++
  }
  return n
}
