import type { Article } from '../../../core/model/Article'
import type { ArticleRow } from './ArticleRow'

/** The article as the core formats see it: header row (without storage fields) plus body. */
export function toArticle(row: ArticleRow, body: Article['body']): Article {
  const { file: _file, fileHash: _hash, wordCount: _wc, trashed: _t, ...meta } = row
  return { ...meta, body }
}
