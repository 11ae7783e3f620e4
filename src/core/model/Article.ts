import type { DocJSON } from './DocJSON'

export const ARTICLE_STATUSES = ['draft', 'edited', 'ready', 'published'] as const
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number]

/** Optional text fields of a photo, in the order the front matter writes them (IPTC names in comments). */
export const PHOTO_TEXT_FIELDS = [
  'file',
  'creditLine',
  'agency',
  'distributor',
  'photographer',
  /** IPTC Description / Caption-Abstract. */
  'caption',
  /** Alt text for screen readers, separate from the caption (IPTC Alt Text (Accessibility)). */
  'altText',
  /** IPTC Creator (By-line). */
  'creator',
  /** IPTC Creator's Job Title (By-line Title). */
  'creatorJobTitle',
  /** IPTC Source. */
  'source',
  /** IPTC Copyright Notice. */
  'copyrightNotice',
  /** IPTC Copyright Owner (PLUS). */
  'copyrightOwner',
  /** IPTC Rights Usage Terms. */
  'usageTerms',
  /** XMP Web Statement of Rights (a URL). */
  'webStatement',
  /** IPTC Licensor name (PLUS). */
  'licensor',
  /** IPTC Date Created, ISO 8601 as found. */
  'dateCreated',
  /** IPTC Digital Source Type, the full CV URI (…/digitalsourcetype/trainedAlgorithmicMedia). */
  'digitalSourceType',
  /** The disclosure printed with an AI-generated or composite image. */
  'disclosure'
] as const
export type PhotoTextField = (typeof PHOTO_TEXT_FIELDS)[number]

/**
 * A photo attached to the article; the credit line is kept verbatim as typed or imported.
 * Every field but the credit line is optional; `file` is absent when only a credit line is
 * known (e.g. from `Photo::`), otherwise a workspace-relative path under media/.
 */
export type Photo = { creditLine: string } & Partial<Record<Exclude<PhotoTextField, 'creditLine'>, string>>

/** An IPTC Media Topic attached to the article: `medtop:20000106` and its English label. */
export interface Subject {
  code: string
  name: string
}

/** A dated correction note, published with the article. */
export interface Correction {
  /** ISO 8601 date (YYYY-MM-DD) or timestamp. */
  date: string
  note: string
}

/** Where and when the story was filed: "MOSCOW, June 24". */
export interface Dateline {
  place?: string
  /** ISO 8601 date. */
  date?: string
}

/** A check finding the desk accepted with a reason, so it no longer blocks export. */
export interface CheckOverride {
  /** Finding key (`check id` + `:` + what it is about), see Finding.key. */
  key: string
  reason: string
  at: string
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
  /** Optional newsroom metadata (issue 4); absent means not set. */
  standfirst?: string
  bylines?: string[]
  dateline?: Dateline
  /** BCP 47 language tag, `en` when absent. */
  language?: string
  subjects?: Subject[]
  /** ISO 8601 timestamp before which the article must not be published. */
  embargo?: string
  editorNote?: string
  corrections?: Correction[]
  /** Suggestions the desk rejected in this article, as suggestion keys (see suggestionKey). */
  rejected?: string[]
  checkOverrides?: CheckOverride[]
  /** Set on a conflict copy the sync made: the id of the article it is a version of. */
  conflictOf?: string
  /** `Key:: value` fields from import (other than those understood, such as Photo and Headline). */
  custom: Record<string, string>
  /** Front-matter keys this version does not know, kept as they are. */
  extra: Record<string, unknown>
  body: DocJSON
}

/** What a reader produces from a file: an article without identity yet. */
export type ParsedArticle = Omit<Article, 'id' | 'slug' | 'createdAt' | 'updatedAt' | 'status'> &
  Partial<Pick<Article, 'id' | 'slug' | 'createdAt' | 'updatedAt' | 'status'>>
