import { Dexie, type EntityTable } from 'dexie'
import type { DocJSON } from '../../../core/model/DocJSON'
import type { ArticleRow } from './ArticleRow'
import { upgradeToV2 } from './upgradeToV2'

export interface ArticleDocRow {
  id: string
  body: DocJSON
}

export type RevisionReason = 'created' | 'import' | 'edit' | 'status' | 'restore' | 'outside-change'

export interface RevisionRow {
  id?: number
  articleId: string
  /** When this revision window opened; edits within REVISION_WINDOW_MS coalesce into it. */
  createdAt: string
  updatedAt: string
  reason: RevisionReason
  headline: string
  body: DocJSON
}

export interface OutboxRow {
  articleId: string
  /** Bumped on every enqueue, so a flush only clears the entry it actually wrote. */
  seq: number
  enqueuedAt: string
  attempts: number
  lastError: string | null
  /** 'conflict' when the file changed outside since we last wrote or read it. */
  state: 'pending' | 'conflict'
}

export interface SettingRow {
  key: string
  value: unknown
}

export const DB_NAME = 'copydesk'

/** Schema of version 1, kept so the upgrade can be tested against real old data. */
export const SCHEMA_V1 = {
  articles: 'id, updatedAt, slug',
  articleDocs: 'id',
  revisions: '++id, articleId',
  outbox: 'articleId',
  settings: 'key'
}

export const SCHEMA_V2 = {
  articles: 'id, updatedAt, slug, file, [trashed+updatedAt]',
  articleDocs: 'id',
  revisions: '++id, articleId, [articleId+createdAt]',
  outbox: 'articleId',
  settings: 'key'
}

/** The renderer's working store. The workspace folder is the source of truth; this can be rebuilt from it. */
export class CopydeskDB extends Dexie {
  articles!: EntityTable<ArticleRow, 'id'>
  articleDocs!: EntityTable<ArticleDocRow, 'id'>
  revisions!: EntityTable<RevisionRow, 'id'>
  outbox!: EntityTable<OutboxRow, 'articleId'>
  settings!: EntityTable<SettingRow, 'key'>

  constructor(name = DB_NAME) {
    super(name)
    this.version(1).stores(SCHEMA_V1)
    // v2: the library lists live articles by [trashed+updatedAt]; rows gain file, trashed, wordCount.
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2)
  }
}
