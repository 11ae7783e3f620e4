import type { Article } from '../../model/Article'
import type { Entity } from '../../model/Entity'
import type { Source } from '../../model/Source'
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupMedia } from './Backup'

/** An article's fields in a fixed order, so the same workspace always gives the same bytes. */
const ARTICLE_KEYS: readonly (keyof Article)[] = [
  'id', 'slug', 'headline', 'status', 'createdAt', 'updatedAt', 'standfirst', 'bylines', 'dateline', 'language', 'subjects',
  'embargo', 'editorNote', 'corrections', 'photos', 'sources', 'rejected', 'checkOverrides', 'conflictOf', 'custom', 'extra', 'body'
]
const ENTITY_KEYS: readonly (keyof Entity)[] = ['id', 'type', 'name', 'aliases', 'description', 'wikidata', 'mergedInto', 'extra']
const SOURCE_KEYS: readonly (keyof Source)[] = ['id', 'type', 'name', 'url', 'contact', 'notes', 'accessDate', 'extra']
const MEDIA_KEYS: readonly (keyof BackupMedia)[] = ['file', 'size', 'sha256', 'data']

function ordered<T extends object>(value: T, keys: readonly (keyof T)[]): T {
  const out: Partial<T> = {}
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k]
  return out as T
}

const bySlug = (a: Article, b: Article): number => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)
const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
const byFile = (a: BackupMedia, b: BackupMedia): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)

/**
 * A whole workspace as one JSON file (see Backup): articles and trash by slug, entities and
 * sources by id, media files by name (encoded by the caller, who reads the bytes), every
 * object's fields in a fixed order. Deterministic (no clock, no random ids): backing up a
 * restored workspace gives the same bytes again.
 */
export function writeBackup(workspace: Omit<Backup, 'format' | 'version' | 'media'> & { media?: BackupMedia[] }): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    articles: [...workspace.articles].sort(bySlug).map((a) => ordered(a, ARTICLE_KEYS)),
    trash: [...workspace.trash].sort(bySlug).map((a) => ordered(a, ARTICLE_KEYS)),
    entities: [...workspace.entities].sort(byId).map((e) => ordered(e, ENTITY_KEYS)),
    sources: [...workspace.sources].sort(byId).map((s) => ordered(s, SOURCE_KEYS)),
    media: [...(workspace.media ?? [])].sort(byFile).map((m) => ordered(m, MEDIA_KEYS))
  }
  return `${JSON.stringify(backup, null, 2)}\n`
}
