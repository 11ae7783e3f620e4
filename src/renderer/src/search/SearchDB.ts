import { Dexie, type EntityTable } from 'dexie'
import type { IndexSnapshot } from '../../../core/search/SearchIndex'

export const SEARCH_DB_NAME = 'copydesk-search'

/** The persisted index, one row. */
export interface SnapshotRow extends IndexSnapshot {
  key: 'main'
  savedAt: string
}

/**
 * The search index's own small database, apart from the working store: it is derived data,
 * rebuilt from the store whenever it is missing, of another format, or unreadable.
 */
export class SearchDB extends Dexie {
  snapshots!: EntityTable<SnapshotRow, 'key'>

  constructor(name = SEARCH_DB_NAME) {
    super(name)
    this.version(1).stores({ snapshots: 'key' })
  }
}
