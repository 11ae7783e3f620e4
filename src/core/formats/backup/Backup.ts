import type { Article } from '../../model/Article'
import type { Entity } from '../../model/Entity'
import type { Source } from '../../model/Source'

/** What a backup file says it is, so a stray JSON file is never restored by mistake. */
export const BACKUP_FORMAT = 'copydesk-backup'
/**
 * The version this code writes (2: with the media/ files); readBackup reads every version up
 * to it and refuses newer ones rather than dropping what it does not know.
 */
export const BACKUP_VERSION = 2
/** The largest media file a backup holds: the largest photo Copydesk takes. */
export const MAX_BACKUP_MEDIA_FILE_BYTES = 50 * 1024 * 1024
/** All media files of one backup together: as base64 they stay well inside one JSON string. */
export const MAX_BACKUP_MEDIA_BYTES = 256 * 1024 * 1024

/** A file of the workspace's media/ folder, its bytes as base64. */
export interface BackupMedia {
  /** `media/<name>` */
  file: string
  /** Bytes, once decoded. */
  size: number
  /** SHA-256 of the bytes, lower-case hex: restore refuses a file whose bytes do not match. */
  sha256: string
  /** The bytes, standard base64 with padding. */
  data: string
}

/**
 * A whole workspace in one JSON file (`copydesk backup`): every article with its front matter
 * and body, in the library and in the trash, every entity and source of the registry, and the
 * photos in media/. Restoring it (`copydesk restore`) writes the same workspace files again.
 */
export interface Backup {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  /** Live articles (`articles/<slug>.md`), by slug. */
  articles: Article[]
  /** Trashed articles (`.trash/articles/<slug>.md`), by slug. */
  trash: Article[]
  /** `entities/<id>.yaml`, merged ones included, by id. */
  entities: Entity[]
  /** `sources/<id>.yaml`, by id. */
  sources: Source[]
  /** `media/<name>`, by file (none in a version 1 backup). */
  media: BackupMedia[]
}
