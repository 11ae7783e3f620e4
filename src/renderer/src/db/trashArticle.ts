import type { CopydeskApi } from '../../../core/ipc'
import { flushOutbox } from '../sync/flushOutbox'
import { db } from './db'

/**
 * Moves the article to the trash: its latest edits are written first, then main moves the file
 * into the workspace's .trash folder, so the trash is as durable and shareable as the articles.
 */
export async function trashArticle(api: CopydeskApi, id: string): Promise<void> {
  await flushOutbox(api)
  const row = await db.articles.get(id)
  if (!row || row.trashed) return
  const pending = await db.outbox.get(id)
  if (pending) throw new Error(`“${row.headline || row.slug}” has edits not yet saved to the folder: ${pending.lastError ?? 'still saving'}.`)
  if (row.fileHash === null) {
    // Never written: nothing on disk to move.
    await db.articles.update(id, { trashed: 1, file: `.trash/${row.file}` })
    return
  }
  const { file } = await api.articles.trash({ file: row.file })
  await db.articles.update(id, { trashed: 1, file })
}
