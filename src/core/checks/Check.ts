import type { Article } from '../model/Article'
import type { Finding } from './Finding'

/** A preflight check: a pure function of the article, returning its findings (none when all is well). */
export type Check = (article: Article) => Finding[]
