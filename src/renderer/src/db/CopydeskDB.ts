import { Dexie, type EntityTable } from 'dexie'
import type { DocJSON } from '../../../core/model/DocJSON'
import type { Entity } from '../../../core/model/Entity'
import type { Source } from '../../../core/model/Source'
import type { QuoteKind } from '../../../core/model/tagMarks'
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

export interface EntityRow extends Entity {
  /** Lower-cased words of the name and aliases, for type-ahead search (multi-entry index). */
  keys: string[]
  /** Hash of entities/<id>.yaml as last written or read; null before the first write. */
  fileHash: string | null
}

export interface SourceRow extends Source {
  /** Lower-cased words of the name, for type-ahead search (multi-entry index). */
  keys: string[]
  /** Hash of sources/<id>.yaml as last written or read; null before the first write. */
  fileHash: string | null
}

/** Derived: one row per entity per article, rebuilt from the article's marks on every save. */
export interface MentionRow {
  /** `${articleId}:${entityId}` */
  key: string
  articleId: string
  entityId: string
  count: number
}

/** Derived: one row per quote (all ranges of one quoteId joined), rebuilt on every save. */
export interface QuoteRow {
  /** `${articleId}:${quoteId}` */
  key: string
  articleId: string
  quoteId: string
  text: string
  speakerId: string | null
  sourceId: string | null
  kind: QuoteKind
  verified: 0 | 1
  updatedAt: string
}

/** One line of the sync log the user can read (Sync log… in the status bar). */
export interface SyncLogRow {
  seq?: number
  at: string
  level: 'info' | 'warning' | 'error'
  text: string
  /** The article it is about, when there is one. */
  articleId?: string
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

export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  entities: 'id, name, type, *keys',
  mentions: 'key, articleId, entityId',
  quotes: 'key, articleId, quoteId, speakerId, updatedAt'
}

export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  sources: 'id, name, type, *keys'
}

export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  articles: 'id, updatedAt, slug, file, [trashed+updatedAt], conflictOf',
  syncLog: '++seq, at'
}

/** The renderer's working store. The workspace folder is the source of truth; this can be rebuilt from it. */
export class CopydeskDB extends Dexie {
  articles!: EntityTable<ArticleRow, 'id'>
  articleDocs!: EntityTable<ArticleDocRow, 'id'>
  revisions!: EntityTable<RevisionRow, 'id'>
  outbox!: EntityTable<OutboxRow, 'articleId'>
  settings!: EntityTable<SettingRow, 'key'>
  entities!: EntityTable<EntityRow, 'id'>
  mentions!: EntityTable<MentionRow, 'key'>
  quotes!: EntityTable<QuoteRow, 'key'>
  sources!: EntityTable<SourceRow, 'id'>
  syncLog!: EntityTable<SyncLogRow, 'seq'>

  constructor(name = DB_NAME) {
    super(name)
    this.version(1).stores(SCHEMA_V1)
    // v2: the library lists live articles by [trashed+updatedAt]; rows gain file, trashed, wordCount.
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2)
    // v3: the entity registry and the derived mention and quote indexes. The derived tables
    // fill as articles are saved or rebuilt from the folder; nothing to migrate.
    this.version(3).stores(SCHEMA_V3)
    // v4: the source registry (sources/<id>.yaml), filled from the folder at start; nothing to migrate.
    this.version(4).stores(SCHEMA_V4)
    // v5: two-way sync. Conflict copies are listed by conflictOf; the sync log is kept for the user.
    this.version(5).stores(SCHEMA_V5)
  }
}
