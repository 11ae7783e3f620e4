import type { CopydeskApi } from '../../../core/ipc'
import { db } from '../db/db'
import { toArticle } from '../db/toArticle'
import { uniqueSlug } from '../db/uniqueSlug'
import type { ArticleRow } from '../db/ArticleRow'
import { slugify } from '../../../core/model/slugify'
import { coreClient } from '../worker/coreClient'
import { isEditingHeadline } from './headlineFocus'

let running: Promise<void> | null = null
let again = false

/**
 * Writes every queued article to the workspace folder through main (atomic, compare-and-swap).
 * Single-flight: a call while a flush runs schedules one more pass. An entry is removed only if
 * nothing re-queued it meanwhile; failures stay queued with their error for the next retry.
 */
export function flushOutbox(api: CopydeskApi): Promise<void> {
  if (running) {
    again = true
    return running
  }
  running = (async () => {
    do {
      again = false
      const entries = await db.outbox.where('articleId').above('').toArray()
      for (const entry of entries) {
        if (entry.state === 'conflict') continue
        await flushOne(api, entry.articleId, entry.seq)
      }
    } while (again)
  })().finally(() => {
    running = null
  })
  return running
}

const UNTITLED = /^untitled(-\d+)?$/

/**
 * A new article starts as untitled.md; once it has a headline its file is named after it
 * (main moves the file without overwriting anything). Updates `row` in place.
 */
async function nameAfterHeadline(api: CopydeskApi, row: ArticleRow): Promise<void> {
  if (!UNTITLED.test(row.slug) || !row.headline.trim() || isEditingHeadline(row.id)) return
  const wanted = slugify(row.headline)
  if (wanted === 'untitled') return
  const slug = await uniqueSlug(wanted)
  const file = row.fileHash === null ? `articles/${slug}.md` : (await api.articles.rename({ file: row.file, slug })).file
  row.file = file
  row.slug = file.replace(/^.*\//, '').replace(/\.md$/, '')
  await db.articles.update(row.id, { file: row.file, slug: row.slug })
}

async function flushOne(api: CopydeskApi, articleId: string, seq: number): Promise<void> {
  const row = await db.articles.get(articleId)
  const doc = await db.articleDocs.get(articleId)
  if (!row || !doc) {
    await db.outbox.delete(articleId)
    return
  }
  if (row.trashed) {
    // Trashed articles are not written back; the trash move already took their last saved state.
    await db.outbox.delete(articleId)
    return
  }
  try {
    await nameAfterHeadline(api, row)
    const content = await coreClient().markdown(toArticle(row, doc.body))
    const result = await api.articles.write({ file: row.file, content, baseHash: row.fileHash })
    if (result.ok) {
      await db.transaction('rw', [db.articles, db.outbox], async () => {
        await db.articles.update(articleId, { fileHash: result.hash })
        const current = await db.outbox.get(articleId)
        if (current && current.seq === seq) await db.outbox.delete(articleId)
      })
    } else if (result.reason === 'exists') {
      // A file of that name appeared that is not ours: take the next free name and try again.
      await db.transaction('rw', [db.articles, db.outbox], async () => {
        const base = row.slug.replace(/-\d+$/, '')
        let n = 2
        let slug = await uniqueSlug(`${base}-${n}`)
        while (slug === row.slug) slug = await uniqueSlug(`${base}-${++n}`)
        await db.articles.update(articleId, { slug, file: `articles/${slug}.md` })
      })
      again = true
    } else {
      await db.outbox.update(articleId, {
        state: 'conflict',
        lastError: 'The file was changed outside Copydesk since it was last saved.'
      })
    }
  } catch (error) {
    await db.outbox.update(articleId, {
      attempts: ((await db.outbox.get(articleId))?.attempts ?? 0) + 1,
      lastError: error instanceof Error ? error.message : String(error)
    })
  }
}
