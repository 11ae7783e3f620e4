import type { ParsedArticle } from '../model/Article'
import type { ArticleText } from './ArticleText'
import type { TextAnalysis } from './analyseText'
import type { CheckContext } from './CheckContext'
import type { Finding } from './Finding'

/**
 * What every check gets besides the article: the body read once, and the suggester's reading
 * of `body.text` (entities, quotes, spelling variants), computed on first use and shared.
 */
export interface CheckInput extends TextAnalysis {
  ctx: CheckContext
  body: ArticleText
}

/**
 * A preflight check: a pure function of the article (and what the caller knows), returning its
 * findings, none when all is well. Stored and freshly imported articles are both checked.
 */
export type Check = (article: ParsedArticle, input: CheckInput) => Finding[]
