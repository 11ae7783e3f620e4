import type { Article, ParsedArticle } from './Article'

/** The metadata of an article a reader produced: everything but identity, status, dates and body. */
export type ArticleMeta = Omit<Article, 'id' | 'slug' | 'status' | 'createdAt' | 'updatedAt' | 'body' | 'headline'>

/**
 * Copies a parsed article's metadata (photos, sources, newsroom fields, custom and unknown keys)
 * so a new field added to the model flows through every reader-to-store path without each one
 * listing it.
 */
export function articleMeta(parsed: ParsedArticle): ArticleMeta {
  const { id: _id, slug: _slug, status: _status, createdAt: _c, updatedAt: _u, body: _body, headline: _h, ...meta } = parsed
  return meta
}
