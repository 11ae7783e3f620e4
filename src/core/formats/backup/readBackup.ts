import { ImportError } from '../ImportError'
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_MEDIA_BYTES, type Backup } from './Backup'
import { backupSchema } from './backupSchema'

/** Far above any newsroom's workspace in JSON, and well below what would exhaust memory. */
const MAX_CHARS = 1024 * 1024 * 1024

function duplicate(values: string[]): string | undefined {
  const seen = new Set<string>()
  for (const v of values) {
    if (seen.has(v)) return v
    seen.add(v)
  }
  return undefined
}

/** Where a zod issue is, for the one-line message: `articles[3].body.content[0].type`. */
function pathOf(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('')
}

/**
 * Reads a workspace backup (writeBackup's output), validated whole before anything is used:
 * the format marker and version, every field's type (zod), file-safe slugs, ids and media
 * file names, media data that is base64 of the size it claims, within the size limits, and
 * no two articles, entities, sources or media files that would need the same file. Every
 * refusal is an ImportError with one line saying where. An older version reads as the
 * current one (a version 1 backup has no media). The media checksums are the restorer's to
 * check, where the bytes are decoded.
 */
export function readBackup(text: string): Backup {
  if (text.length > MAX_CHARS) throw new ImportError('The backup is larger than 1 GB')
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''))
  } catch (error) {
    throw new ImportError(`The backup is not valid JSON: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`)
  }
  const head = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
  if (head.format !== BACKUP_FORMAT) throw new ImportError(`This JSON file is not a Copydesk backup (no "format": "${BACKUP_FORMAT}")`)
  if (typeof head.version !== 'number' || !Number.isInteger(head.version) || head.version < 1) {
    throw new ImportError('The backup has no valid version number')
  }
  if (head.version > BACKUP_VERSION) {
    throw new ImportError(`The backup is version ${head.version}, newer than this Copydesk reads (${BACKUP_VERSION}); update Copydesk to restore it`)
  }
  // The sizes the media files claim, before their data is checked: too much is refused at once.
  const mediaBytes = Array.isArray(head.media)
    ? head.media.reduce((sum: number, m: unknown) => sum + (m && typeof m === 'object' && typeof (m as { size?: unknown }).size === 'number' ? Math.max(0, (m as { size: number }).size) : 0), 0)
    : 0
  if (mediaBytes > MAX_BACKUP_MEDIA_BYTES) {
    throw new ImportError(`The backup's media files come to ${Math.ceil(mediaBytes / 1024 / 1024)} MB, more than the ${MAX_BACKUP_MEDIA_BYTES / 1024 / 1024} MB a backup holds`)
  }
  const result = backupSchema.safeParse(data)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new ImportError(`The backup is damaged at ${pathOf(issue.path) || 'the top level'}: ${issue.message}`)
  }
  const backup = { ...result.data, version: BACKUP_VERSION, media: result.data.media ?? [] } as Backup
  const checks: [string, string | undefined][] = [
    ['two articles with the slug', duplicate(backup.articles.map((a) => a.slug))],
    ['two trashed articles with the slug', duplicate(backup.trash.map((a) => a.slug))],
    ['two entities with the id', duplicate(backup.entities.map((e) => e.id))],
    ['two sources with the id', duplicate(backup.sources.map((s) => s.id))],
    // Case-insensitive: on macOS and Windows two such names are one file.
    ['two media files named', duplicate(backup.media.map((m) => m.file.toLowerCase()))]
  ]
  for (const [what, value] of checks) if (value !== undefined) throw new ImportError(`The backup has ${what} “${value}”`)
  return backup
}
