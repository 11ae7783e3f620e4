import { articleMeta } from '../../../core/model/articleMeta'
import { ulid } from 'ulid'
import type { CopydeskApi, FileContent } from '../../../core/ipc'
import { readArticleMarkdown } from '../../../core/formats/markdown/readArticleMarkdown'
import { countWords } from '../../../core/model/countWords'
import { db } from '../db/db'
import { enqueueWrite } from '../db/enqueueWrite'
import { recordRevision } from '../db/recordRevision'
import { INDEX_TABLES, reindexArticle } from '../db/reindexArticle'
import type { ArticleRow } from '../db/ArticleRow'
import type { ParsedArticle } from '../../../core/model/Article'

const READ_BATCH = 200

export interface ReconcileReport {
  added: number
  updated: number
  unreadable: { file: string; error: string }[]
}

function slugOf(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.md$/, '')
}

/**
 * Brings the store in line with the workspace folder, the source of truth: every article file
 * the store does not know (a wiped or new profile, a file added outside) is read in, and files
 * whose content changed outside replace the stored copy unless the store has unsaved edits of its
 * own (those stay queued; merging them is the sync service's job).
 */
export async function reconcileWithWorkspace(api: CopydeskApi): Promise<ReconcileReport> {
  const report: ReconcileReport = { added: 0, updated: 0, unreadable: [] }
  const { files } = await api.workspace.scan()
  const known = new Map<string, ArticleRow>()
  await db.articles.each((row) => known.set(row.file, row))
  const pending = new Set(await db.outbox.toCollection().primaryKeys())
  const toRead = files.filter((f) => {
    const row = known.get(f.file)
    return !row || (row.fileHash !== f.hash && !pending.has(row.id))
  })
  for (let i = 0; i < toRead.length; i += READ_BATCH) {
    const batch = toRead.slice(i, i + READ_BATCH)
    const { files: contents } = await api.workspace.read({ files: batch.map((f) => f.file) })
    const parsed: { content: FileContent; article: ParsedArticle }[] = []
    for (const content of contents) {
      try {
        parsed.push({ content, article: readArticleMarkdown(content.content) })
      } catch (error) {
        report.unreadable.push({ file: content.file, error: error instanceof Error ? error.message : String(error) })
      }
    }
    await db.transaction('rw', [db.articles, db.articleDocs, db.revisions, db.outbox, ...INDEX_TABLES()], async () => {
      for (const { content, article } of parsed) {
        report[await storeFile(content, article, known.get(content.file))]++
      }
    })
  }
  return report
}

/** Puts one parsed file into the store. Runs inside the batch transaction. */
async function storeFile(
  content: FileContent,
  parsed: ParsedArticle,
  existing: ArticleRow | undefined
): Promise<'added' | 'updated'> {
  const now = new Date().toISOString()
  let id = parsed.id ?? existing?.id
  const sameId = id ? await db.articles.get(id) : undefined
  // Two files claiming one id (a copy made outside): the second gets its own identity.
  if (sameId && sameId.file !== content.file) id = undefined
  const needsId = !parsed.id || !id
  id ??= ulid()
  const row: ArticleRow = {
    id,
    slug: slugOf(content.file),
    headline: parsed.headline,
    status: parsed.status ?? 'draft',
    createdAt: parsed.createdAt ?? now,
    updatedAt: parsed.updatedAt ?? now,
    ...articleMeta(parsed),
    file: content.file,
    fileHash: content.hash,
    wordCount: countWords(parsed.body),
    trashed: content.trashed ? 1 : 0
  }
  await db.articles.put(row)
  await db.articleDocs.put({ id, body: parsed.body })
  await reindexArticle(id, parsed.body, row.updatedAt)
  await recordRevision(id, row.headline, parsed.body, existing ? 'outside-change' : 'import')
  // A file without our id gets one written back, so it keeps its identity on the next rebuild.
  if (needsId && !content.trashed) await enqueueWrite(id)
  return existing ? 'updated' : 'added'
}
