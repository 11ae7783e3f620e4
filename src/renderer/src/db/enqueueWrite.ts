import { db } from './db'

/**
 * Queues the article for the sync to write to the workspace folder. Call inside a transaction
 * with db.outbox. The seq only grows, even across an entry deleted and made again (it is at
 * least the clock), so a sync answer for an older edit can never be taken for a newer one.
 */
export async function enqueueWrite(articleId: string): Promise<void> {
  const existing = await db.outbox.get(articleId)
  await db.outbox.put({
    articleId,
    seq: Math.max((existing?.seq ?? 0) + 1, Date.now()),
    enqueuedAt: new Date().toISOString(),
    attempts: 0,
    lastError: null,
    state: 'pending'
  })
}
