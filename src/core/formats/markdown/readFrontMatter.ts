import { parse } from 'yaml'
import { ARTICLE_STATUSES, type ArticleStatus, type ParsedArticle, type Photo } from '../../model/Article'
import { ImportError } from '../ImportError'

const KNOWN_KEYS = new Set(['id', 'headline', 'status', 'createdAt', 'updatedAt', 'photos', 'sources', 'custom'])

type FrontMatter = Omit<ParsedArticle, 'body'> & { hasHeadline: boolean }

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
/** Scalars as the strings the model keeps; YAML may have typed `2025` or `true` on its own. */
const asString = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined

function readPhoto(value: unknown): Photo | null {
  if (typeof value === 'string') return { creditLine: value }
  if (!isRecord(value)) return null
  const photo: Photo = { creditLine: asString(value.creditLine) ?? '' }
  for (const key of ['file', 'agency', 'distributor', 'photographer'] as const) {
    const s = asString(value[key])
    if (s !== undefined && s !== '') photo[key] = s
  }
  return photo
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
  for (const [key, value] of Object.entries(data)) if (!KNOWN_KEYS.has(key)) result.extra[key] = value
  return result
}
