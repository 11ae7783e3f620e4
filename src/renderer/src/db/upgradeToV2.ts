import type { Transaction } from 'dexie'
import type { DocJSON } from '../../../core/model/DocJSON'
import { countWords } from '../../../core/model/countWords'

/** Version 1 rows had no file, trashed flag or word count: derive them. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const docs = new Map<string, DocJSON>()
  await tx
    .table('articleDocs')
    .each((row: { id: string; body: DocJSON }) => docs.set(row.id, row.body))
  await tx
    .table('articles')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      if (typeof row.file !== 'string') row.file = `articles/${String(row.slug)}.md`
      if (row.trashed !== 1) row.trashed = 0
      if (typeof row.fileHash !== 'string') row.fileHash = null
      const body = docs.get(String(row.id))
      if (typeof row.wordCount !== 'number') row.wordCount = body ? countWords(body) : 0
    })
}
