import { articleMeta } from '../../../core/model/articleMeta'
import { ulid } from 'ulid'
import type { ParsedArticle } from '../../../core/model/Article'
import { countWords } from '../../../core/model/countWords'
import { docToPlainText } from '../../../core/model/docToPlainText'
import { slugify } from '../../../core/model/slugify'
import { db } from './db'
import { enqueueWrite } from './enqueueWrite'
import { recordRevision } from './recordRevision'
import { INDEX_TABLES, reindexArticle } from './reindexArticle'
import { uniqueSlug } from './uniqueSlug'

/**
 * Adds a new article (from a file the user opened or imported, or a blank one) to the store and
 * queues its first write to the workspace. Always a new identity: opening the same file twice
 * gives two articles, as it would in a word processor's "import".
 */
export async function createArticle(parsed: ParsedArticle, reason: 'created' | 'import'): Promise<string> {
  const id = ulid()
  const now = new Date().toISOString()
  const words = docToPlainText(parsed.body).split(/\s+/).slice(0, 8).join(' ')
  await db.transaction('rw', [db.articles, db.articleDocs, db.revisions, db.outbox, ...INDEX_TABLES()], async () => {
    // A newsroom slug given with the file (`Slug:: harbour-strike`) names the file; else the headline.
    const given = parsed.custom.Slug ?? parsed.custom.slug
    const slug = await uniqueSlug(slugify(given || parsed.headline || words || 'untitled'))
    await db.articles.add({
      id,
      slug,
      headline: parsed.headline,
      status: 'draft',
      createdAt: now,
      updatedAt: now,
      ...articleMeta(parsed),
      file: `articles/${slug}.md`,
      fileHash: null,
      wordCount: countWords(parsed.body),
      trashed: 0
    })
    await db.articleDocs.add({ id, body: parsed.body })
    await reindexArticle(id, parsed.body, now)
    await recordRevision(id, parsed.headline, parsed.body, reason)
    await enqueueWrite(id)
  })
  return id
}
