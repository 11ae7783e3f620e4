import { editArticleMeta } from '../db/editArticleMeta'

/** Attaches a registry source to an article (article.sources), once. */
export function attachSource(articleId: string, sourceId: string): Promise<void> {
  return editArticleMeta(articleId, (row) => (row.sources.includes(sourceId) ? null : { sources: [...row.sources, sourceId] }))
}

/** Detaches it; attribution tags in the text keep their source id (the Checks will say so). */
export function detachSource(articleId: string, sourceId: string): Promise<void> {
  return editArticleMeta(articleId, (row) => (row.sources.includes(sourceId) ? { sources: row.sources.filter((s) => s !== sourceId) } : null))
}
