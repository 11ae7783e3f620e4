import type { Article } from '../../model/Article'
import { stripNotes } from './stripNotes'

/**
 * The article as it leaves the desk: inline notes removed from the body, and the desk's own
 * bookkeeping (rejected suggestions, accepted check findings with their reasons) left out.
 * Everything else — including the editor's note, meant for the receiving desk — is kept.
 */
export function exportableArticle(article: Article): Article {
  const { rejected: _rejected, checkOverrides: _overrides, ...rest } = article
  return { ...rest, body: stripNotes(article.body) }
}
