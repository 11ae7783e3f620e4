import { Document, type YAMLSeq } from 'yaml'
import { PHOTO_TEXT_FIELDS, type Article, type Photo } from '../../model/Article'
import { FRONT_MATTER_KEYS } from './frontMatterKeys'

function photoEntry(photo: Photo): Record<string, string> {
  const entry: Record<string, string> = {}
  for (const key of PHOTO_TEXT_FIELDS) {
    const value = photo[key]
    if (key === 'creditLine' || (typeof value === 'string' && value !== '')) entry[key] = value ?? ''
  }
  return entry
}

/**
 * The YAML front matter of a workspace article, keys in a fixed order so files diff cleanly:
 * id, headline, status, createdAt, updatedAt, conflictOf (a sync conflict copy), then the newsroom metadata that is set (standfirst,
 * bylines, dateline, language, subjects, embargo, editorNote, corrections), then photos, sources,
 * custom, rejected suggestions and check overrides when not empty, then unknown keys as read. The slug is the file name and is not repeated inside.
 */
export function writeFrontMatter(article: Article): string {
  const data: Record<string, unknown> = {
    id: article.id,
    headline: article.headline,
    status: article.status,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt
  }
  if (article.conflictOf) data.conflictOf = article.conflictOf
  const text = (key: 'standfirst' | 'language' | 'embargo' | 'editorNote'): void => {
    const value = article[key]
    if (value !== undefined && value !== '') data[key] = value
  }
  text('standfirst')
  if (article.bylines?.length) data.bylines = article.bylines
  if (article.dateline && (article.dateline.place || article.dateline.date)) data.dateline = { ...article.dateline }
  text('language')
  if (article.subjects?.length) data.subjects = article.subjects.map((s) => ({ code: s.code, name: s.name }))
  text('embargo')
  text('editorNote')
  if (article.corrections?.length) data.corrections = article.corrections.map((c) => ({ date: c.date, note: c.note }))
  if (article.photos.length) data.photos = article.photos.map(photoEntry)
  if (article.sources.length) data.sources = article.sources
  if (Object.keys(article.custom).length) data.custom = article.custom
  if (article.rejected?.length) data.rejected = article.rejected
  if (article.checkOverrides?.length) {
    data.checkOverrides = article.checkOverrides.map((o) => ({ key: o.key, reason: o.reason, at: o.at }))
  }
  for (const [key, value] of Object.entries(article.extra)) {
    if (!FRONT_MATTER_KEYS.has(key) && value !== undefined) data[key] = value
  }
  const doc = new Document(data)
  // Source ids are short slugs: `sources: [reuters, tass]` reads better than a block list.
  const sources = doc.get('sources', true) as YAMLSeq | undefined
  if (sources) sources.flow = true
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false })
}
