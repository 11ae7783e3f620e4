import { db } from './db'

/** Queues the article for writing to the workspace folder. Call inside a transaction with db.outbox. */
export async function enqueueWrite(articleId: string): Promise<void> {
  const existing = await db.outbox.get(articleId)
  await db.outbox.put({
    articleId,
    seq: (existing?.seq ?? 0) + 1,
    enqueuedAt: new Date().toISOString(),
    attempts: 0,
    lastError: null,
    state: existing?.state === 'conflict' ? 'conflict' : 'pending'
  })
}
