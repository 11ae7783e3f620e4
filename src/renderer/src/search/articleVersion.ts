import type { ArticleRow } from '../db/ArticleRow'

/**
 * Which state of an article the index holds: it changes with every edit (updatedAt), with the
 * trash, and with every change of its file (an outside edit may keep its updatedAt).
 */
export function articleVersion(row: Pick<ArticleRow, 'updatedAt' | 'trashed' | 'fileHash'>): string {
  return `${row.updatedAt}|${row.trashed}|${row.fileHash ?? ''}`
}
