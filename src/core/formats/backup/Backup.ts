import type { Article } from '../../model/Article'
import type { Entity } from '../../model/Entity'
import type { Source } from '../../model/Source'

/** What a backup file says it is, so a stray JSON file is never restored by mistake. */
export const BACKUP_FORMAT = 'copydesk-backup'
/** The version this code writes; readBackup refuses newer ones rather than dropping what it does not know. */
export const BACKUP_VERSION = 1

/**
 * A whole workspace in one JSON file (`copydesk backup`): every article with its front matter
 * and body, in the library and in the trash, and every entity and source of the registry.
 * Restoring it (`copydesk restore`) writes the same workspace files again.
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
}
