import type { AppArticle } from '../../../core/sync/ports'
import type { ArticleDocRow } from '../db/CopydeskDB'
import type { ArticleRow } from '../db/ArticleRow'
import { db } from '../db/db'
import { toArticle } from '../db/toArticle'
import { coreClient } from '../worker/coreClient'

/**
 * The store as the sync sees it (core/sync AppArticle): every article with where its file is
 * and the hash of the version it comes from; articles with queued edits also carry their text,
 * serialised as workspace Markdown, and the outbox seq it belongs to. `queuedOnly`: just the
 * articles with queued edits (the push fast path).
 */
export async function syncSnapshot(opts: { queuedOnly?: boolean } = {}): Promise<AppArticle[]> {
  // Rows, bodies and seqs of one moment: a save after it bumps the seq, and the sync's answer
  // for the older seq then leaves the newer edit alone (decideAppUpdate).
  const { rows, queued } = await db.transaction('r', [db.articles, db.articleDocs, db.outbox], async () => {
    const outbox = await db.outbox.toArray()
    const rows = opts.queuedOnly
      ? (await db.articles.bulkGet(outbox.map((o) => o.articleId))).filter((r): r is ArticleRow => r !== undefined)
      : await db.articles.toArray()
    const docs = await db.articleDocs.bulkGet(outbox.map((o) => o.articleId))
    const queued = new Map<string, { seq: number; doc: ArticleDocRow }>()
    outbox.forEach((o, i) => {
      const doc = docs[i]
      if (doc) queued.set(o.articleId, { seq: o.seq, doc })
    })
    return { rows, queued }
  })
  const byId = new Map<string, ArticleRow>(rows.map((r) => [r.id, r]))
  const texts = new Map<string, string>()
  await Promise.all(
    [...queued].map(async ([id, q]) => {
      const row = byId.get(id)
      if (row) texts.set(id, await coreClient().markdown(toArticle(row, q.doc.body)))
    })
  )
  return rows.map((row) => {
    const q = queued.get(row.id)
    const content = texts.get(row.id)
    return {
      id: row.id,
      path: row.file,
      fileHash: row.fileHash,
      trashed: row.trashed === 1,
      pending: q && content !== undefined ? { seq: q.seq, content } : null
    }
  })
}
