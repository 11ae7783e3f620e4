import { Document, type YAMLSeq } from 'yaml'
import type { Article, Photo } from '../../model/Article'

/** Front-matter keys the article model owns; an `extra` key with one of these names is never written. */
const KNOWN_KEYS = new Set(['id', 'headline', 'status', 'createdAt', 'updatedAt', 'photos', 'sources', 'custom'])
const PHOTO_KEYS = ['file', 'creditLine', 'agency', 'distributor', 'photographer'] as const

function photoEntry(photo: Photo): Record<string, string> {
  const entry: Record<string, string> = {}
  for (const key of PHOTO_KEYS) {
    const value = photo[key]
    if (key === 'creditLine' || (typeof value === 'string' && value !== '')) entry[key] = value ?? ''
  }
  return entry
}

/**
 * The YAML front matter of a workspace article, keys in a fixed order so files diff cleanly:
 * id, headline, status, createdAt, updatedAt, then photos, sources and custom when not empty,
 * then unknown keys as they were read. The slug is the file name and is not repeated inside.
 */
export function writeFrontMatter(article: Article): string {
  const data: Record<string, unknown> = {
    id: article.id,
    headline: article.headline,
    status: article.status,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt
  }
  if (article.photos.length) data.photos = article.photos.map(photoEntry)
  if (article.sources.length) data.sources = article.sources
  if (Object.keys(article.custom).length) data.custom = article.custom
  for (const [key, value] of Object.entries(article.extra)) {
    if (!KNOWN_KEYS.has(key) && value !== undefined) data[key] = value
  }
  const doc = new Document(data)
  // Source ids are short slugs: `sources: [reuters, tass]` reads better than a block list.
  const sources = doc.get('sources', true) as YAMLSeq | undefined
  if (sources) sources.flow = true
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false })
}
