import { readArticleMarkdown } from '../../../core/formats/markdown/readArticleMarkdown'
import { readPlainText } from '../../../core/formats/plainText/readPlainText'
import type { ParsedArticle } from '../../../core/model/Article'
import { articleMeta } from '../../../core/model/articleMeta'
import { countWords } from '../../../core/model/countWords'
import { decideAppUpdate } from '../../../core/sync/decideAppUpdate'
import type { AppArticle, AppUpdate } from '../../../core/sync/ports'
import { articleSaved } from '../db/articleSaved'
import type { ArticleRow } from '../db/ArticleRow'
import { db } from '../db/db'
import type { DocJSON } from '../../../core/model/DocJSON'
import { recordRevision } from '../db/recordRevision'
import { INDEX_TABLES, reindexArticle } from '../db/reindexArticle'

const BATCH = 200

export interface ApplyOutcome {
  /** Articles whose text the folder changed (an open editor shows the new version). */
  changed: string[]
  /** Updates held back because the article has unsaved typing in the editor (next run merges). */
  deferred: string[]
  /** Files whose text could not be read as workspace Markdown and came in as plain text. */
  unreadable: { id: string; path: string; error: string }[]
}

export interface ApplyOptions {
  /** True while the editor holds typing for this article that is not in the store yet. */
  hasUnsavedTyping?: (id: string) => boolean
}

const slugOf = (path: string): string => path.replace(/^.*\//, '').replace(/\.md$/, '')

/**
 * Applies what a sync run sends back to the store, with the same compare-and-swap on the
 * outbox seq as the sync's model (decideAppUpdate): an article edited since the run took its
 * snapshot keeps its newer edit. A new text from the folder replaces the stored one with a
 * revision of it (the replaced one is already in the history: every save records one), and
 * re-derives the indexes in the same transaction.
 */
export async function applySyncUpdates(updates: readonly AppUpdate[], opts: ApplyOptions = {}): Promise<ApplyOutcome> {
  const outcome: ApplyOutcome = { changed: [], deferred: [], unreadable: [] }
  const saved: { row: ArticleRow; body: DocJSON }[] = []
  for (let i = 0; i < updates.length; i += BATCH) {
    const batch = updates.slice(i, i + BATCH)
    // Parsing is pure: done before the transaction, which must not wait on anything but the store.
    const parsed = new Map<AppUpdate, ParsedArticle>()
    for (const u of batch) {
      if (u.content === undefined || u.contentIsApps) continue
      try {
        parsed.set(u, readArticleMarkdown(u.content))
      } catch (error) {
        // The sync checked the front matter; a body this reader refuses still keeps every word.
        parsed.set(u, readPlainText(u.content))
        outcome.unreadable.push({ id: u.id, path: u.path, error: error instanceof Error ? error.message : String(error) })
      }
    }
    await db.transaction('rw', [db.articles, db.articleDocs, db.revisions, db.outbox, ...INDEX_TABLES()], async () => {
      for (const u of batch) {
        const row = await db.articles.get(u.id)
        const queued = await db.outbox.get(u.id)
        const view: AppArticle | undefined = row && {
          id: row.id,
          path: row.file,
          fileHash: row.fileHash,
          trashed: row.trashed === 1,
          pending: queued ? { seq: queued.seq, content: '' } : null
        }
        const decision = decideAppUpdate(view, u)
        if (decision.kind === 'keepNewer') {
          await db.articles.update(u.id, { file: decision.path, slug: slugOf(decision.path), fileHash: decision.fileHash })
          continue
        }
        const article = parsed.get(u)
        if (row && article && opts.hasUnsavedTyping?.(u.id)) {
          // The editor's typing is newer than anything here: keep the version it builds on (so
          // the next run merges the two) and take only where the file now is.
          await db.articles.update(u.id, { file: u.path, slug: slugOf(u.path) })
          outcome.deferred.push(u.id)
          continue
        }
        if (queued && queued.seq === u.expectSeq) await db.outbox.delete(u.id)
        if (!article) {
          // Only moved, trashed, restored or acknowledged: the store keeps its own text.
          if (row) await db.articles.update(u.id, { file: u.path, slug: slugOf(u.path), fileHash: u.fileHash, trashed: u.trashed ? 1 : 0 })
          continue
        }
        const now = new Date().toISOString()
        const conflictOf = u.conflictOf ?? article.conflictOf
        const next: ArticleRow = {
          id: u.id,
          slug: slugOf(u.path),
          headline: article.headline,
          status: article.status ?? row?.status ?? 'draft',
          createdAt: article.createdAt ?? row?.createdAt ?? now,
          updatedAt: article.updatedAt ?? now,
          ...articleMeta(article),
          ...(conflictOf ? { conflictOf } : {}),
          file: u.path,
          fileHash: u.fileHash,
          wordCount: countWords(article.body),
          trashed: u.trashed ? 1 : 0
        }
        if (!conflictOf) delete next.conflictOf
        await db.articles.put(next)
        await db.articleDocs.put({ id: u.id, body: article.body })
        await reindexArticle(u.id, article.body, next.updatedAt)
        await recordRevision(u.id, next.headline, article.body, row ? 'outside-change' : 'import')
        saved.push({ row: next, body: article.body })
        if (row) outcome.changed.push(u.id)
      }
    })
  }
  for (const { row, body } of saved) articleSaved(row, body)
  return outcome
}
