import type { DocJSON } from '../../../core/model/DocJSON'
import { db } from './db'
import type { RevisionReason } from './CopydeskDB'

/** Edits within this window coalesce into one revision (not one per keystroke-save). */
export const REVISION_WINDOW_MS = 5 * 60 * 1000

/**
 * Records the article's state as a revision. Call inside a transaction that includes
 * db.revisions. Consecutive 'edit' saves within REVISION_WINDOW_MS update the open revision;
 * any other reason (created, import, status change, restore, outside change) starts a new one.
 */
export async function recordRevision(
  articleId: string,
  headline: string,
  body: DocJSON,
  reason: RevisionReason,
  now: Date = new Date()
): Promise<void> {
  const iso = now.toISOString()
  if (reason === 'edit') {
    const last = await db.revisions
      .where('[articleId+createdAt]')
      .between([articleId, ''], [articleId, '\uffff'])
      .last()
    if (last && last.reason === 'edit' && now.getTime() - Date.parse(last.createdAt) < REVISION_WINDOW_MS) {
      await db.revisions.put({ ...last, headline, body, updatedAt: iso })
      return
    }
  }
  await db.revisions.add({ articleId, createdAt: iso, updatedAt: iso, reason, headline, body })
}
