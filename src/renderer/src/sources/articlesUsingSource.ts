import { editDocMarks, removeSourceMarks } from '../../../core/registry/editDocMarks'
import { db } from '../db/db'

/**
 * Live articles that use a source: attached to it (article.sources), or with text tagged as an
 * attribution to it or a quote from it. Trashed articles are left as they are, as an entity's
 * deletion leaves them.
 */
export async function articlesUsingSource(sourceId: string): Promise<string[]> {
  const live = await db.articles.where('[trashed+updatedAt]').between([0, ''], [0, '\uffff']).toArray()
  const using = new Set(live.filter((row) => row.sources.includes(sourceId)).map((row) => row.id))
  const edit = removeSourceMarks(sourceId)
  const docs = await db.articleDocs.bulkGet(live.filter((row) => !using.has(row.id)).map((row) => row.id))
  for (const doc of docs) {
    if (doc && editDocMarks(doc.body, edit) !== doc.body) using.add(doc.id)
  }
  return live.filter((row) => using.has(row.id)).map((row) => row.id)
}
