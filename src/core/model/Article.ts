import type { DocJSON } from './DocJSON'

export const ARTICLE_STATUSES = ['draft', 'edited', 'ready', 'published'] as const
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number]

/** A photo attached to the article; the credit line is kept verbatim as typed or imported. */
export interface Photo {
  /** Workspace-relative path under media/, absent when only a credit line is known (e.g. from `Photo::`). */
  file?: string
  /** IPTC Credit Line, verbatim. */
  creditLine: string
  /** Parts split from the credit line where they could be recognised. */
  agency?: string
  distributor?: string
  photographer?: string
}

/**
 * One article: its metadata (what the front matter of `articles/<slug>.md` holds)
 * and its body. `extra` keeps front-matter keys this version does not know, untouched.
 */
export interface Article {
  /** ULID, stable for the article's life. */
  id: string
  /** File name stem in the workspace: `articles/<slug>.md`. Stable once assigned. */
  slug: string
  /** '' when the article has no headline yet (a check finding, never a guess from the file name). */
  headline: string
  status: ArticleStatus
  /** ISO 8601 timestamps. */
  createdAt: string
  updatedAt: string
  photos: Photo[]
  /** Source registry ids. */
  sources: string[]
  /** `Key:: value` fields from import (other than those understood, such as Photo and Headline). */
  custom: Record<string, string>
  /** Front-matter keys this version does not know, kept as they are. */
  extra: Record<string, unknown>
  body: DocJSON
}

/** What a reader produces from a file: an article without identity yet. */
export type ParsedArticle = Omit<Article, 'id' | 'slug' | 'createdAt' | 'updatedAt' | 'status'> &
  Partial<Pick<Article, 'id' | 'slug' | 'createdAt' | 'updatedAt' | 'status'>>
