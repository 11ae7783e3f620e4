import type { Article } from '../../../core/model/Article'

/**
 * What the library lists: the article without its body, plus where it lives.
 * `trashed` is 0/1 because IndexedDB cannot index booleans.
 */
export interface ArticleRow extends Omit<Article, 'body'> {
  /** Workspace-relative file: `articles/<slug>.md`, or `.trash/articles/<slug>.md` when trashed. */
  file: string
  /** Hash of the file content main last wrote or read; null before the first write. */
  fileHash: string | null
  wordCount: number
  trashed: 0 | 1
}
