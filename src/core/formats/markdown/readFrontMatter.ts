import { parse } from 'yaml'
import {
  ARTICLE_STATUSES,
  PHOTO_TEXT_FIELDS,
  type ArticleStatus,
  type CheckOverride,
  type Correction,
  type ParsedArticle,
  type Photo,
  type Subject
} from '../../model/Article'
import { ImportError } from '../ImportError'
import { FRONT_MATTER_KEYS } from './frontMatterKeys'

type FrontMatter = Omit<ParsedArticle, 'body'> & { hasHeadline: boolean }

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
/** Scalars as the strings the model keeps; YAML may have typed `2025` or `true` on its own. */
const asString = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined

function readPhoto(value: unknown): Photo | null {
  if (typeof value === 'string') return { creditLine: value }
  if (!isRecord(value)) return null
  const photo: Photo = { creditLine: asString(value.creditLine) ?? '' }
  for (const key of PHOTO_TEXT_FIELDS) {
    if (key === 'creditLine') continue
    const s = asString(value[key])
    if (s !== undefined && s !== '') photo[key] = s
  }
  return photo
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v])
const nonEmpty = (v: unknown): string | undefined => {
  const s = asString(v)
  return s !== undefined && s.trim() !== '' ? s : undefined
}

function readSubject(v: unknown): Subject | null {
  if (typeof v === 'string') return { code: v, name: '' }
  if (!isRecord(v)) return null
  const code = nonEmpty(v.code)
  return code ? { code, name: asString(v.name) ?? '' } : null
}

function readCorrection(v: unknown): Correction | null {
  if (!isRecord(v)) return null
  const note = nonEmpty(v.note)
  // YAML reads an unquoted 2026-11-25 as a Date.
  const date = v.date instanceof Date ? v.date.toISOString().slice(0, 10) : (asString(v.date) ?? '')
  return note ? { date, note } : null
}

function readOverride(v: unknown): CheckOverride | null {
  if (!isRecord(v)) return null
  const key = nonEmpty(v.key)
  const reason = nonEmpty(v.reason)
  return key && reason ? { key, reason, at: asString(v.at) ?? '' } : null
}

const notNull = <T>(v: T | null): v is T => v !== null

/** The newsroom metadata fields (standfirst … check overrides), set only when present. */
function readNewsroomFields(data: Record<string, unknown>, result: FrontMatter): void {
  for (const key of ['standfirst', 'language', 'embargo', 'editorNote', 'conflictOf'] as const) {
    const value = data[key] instanceof Date ? (data[key] as Date).toISOString() : nonEmpty(data[key])
    if (value !== undefined) result[key] = value
  }
  const bylines = asList(data.bylines).map(nonEmpty).filter((s): s is string => s !== undefined)
  if (bylines.length) result.bylines = bylines
  if (isRecord(data.dateline)) {
    const place = nonEmpty(data.dateline.place)
    const rawDate = data.dateline.date
    const date = rawDate instanceof Date ? rawDate.toISOString().slice(0, 10) : nonEmpty(rawDate)
    if (place || date) result.dateline = { ...(place ? { place } : {}), ...(date ? { date } : {}) }
  } else if (nonEmpty(data.dateline)) result.dateline = { place: nonEmpty(data.dateline) }
  const subjects = asList(data.subjects).map(readSubject).filter(notNull)
  if (subjects.length) result.subjects = subjects
  const corrections = asList(data.corrections).map(readCorrection).filter(notNull)
  if (corrections.length) result.corrections = corrections
  const rejected = asList(data.rejected).map(nonEmpty).filter((s): s is string => s !== undefined)
  if (rejected.length) result.rejected = rejected
  const overrides = asList(data.checkOverrides).map(readOverride).filter(notNull)
  if (overrides.length) result.checkOverrides = overrides
}

/**
 * Reads the YAML front matter of a workspace article into the model's fields. Values of the
 * wrong shape are coerced where the meaning is clear (a single source as a list, a number as a
 * string) and otherwise dropped; keys the model does not know go to `extra` as they are.
 * YAML that does not parse is an ImportError: guessing would lose the article's metadata.
 */
export function readFrontMatter(yaml: string): FrontMatter {
  let data: unknown
  try {
    data = yaml.trim() === '' ? {} : parse(yaml)
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new ImportError(`The front matter is not valid YAML: ${reason}`)
  }
  if (!isRecord(data)) throw new ImportError('The front matter is not a list of `key: value` fields')
  const result: FrontMatter = { headline: '', hasHeadline: false, photos: [], sources: [], custom: {}, extra: {} }
  const headline = asString(data.headline)
  if (headline !== undefined) {
    result.headline = headline
    result.hasHeadline = true
  } else if (data.headline === null) result.hasHeadline = true
  const id = asString(data.id)
  if (id) result.id = id
  if (ARTICLE_STATUSES.includes(data.status as ArticleStatus)) result.status = data.status as ArticleStatus
  const createdAt = asString(data.createdAt)
  if (createdAt) result.createdAt = createdAt
  const updatedAt = asString(data.updatedAt)
  if (updatedAt) result.updatedAt = updatedAt
  const photos = Array.isArray(data.photos) ? data.photos : data.photos === undefined ? [] : [data.photos]
  result.photos = photos.map(readPhoto).filter((p): p is Photo => p !== null)
  const sources = Array.isArray(data.sources) ? data.sources : data.sources === undefined ? [] : [data.sources]
  result.sources = sources.map(asString).filter((s): s is string => s !== undefined && s !== '')
  if (isRecord(data.custom)) {
    for (const [key, value] of Object.entries(data.custom)) result.custom[key] = asString(value) ?? ''
  }
  readNewsroomFields(data, result)
  for (const [key, value] of Object.entries(data)) if (!FRONT_MATTER_KEYS.has(key)) result.extra[key] = value
  return result
}
