import type { Editor } from '@tiptap/core'
import type { DocJSON } from '../../../core/model/DocJSON'
import { editDocMarks, type MarkEdit } from '../../../core/registry/editDocMarks'
import { db } from '../db/db'
import { saveArticleBody } from '../db/saveArticleBody'
import { editEditorMarks } from '../editor/editEditorMarks'

/** Articles whose tags refer to an entity: as a tagged mention or as a quote's speaker. */
export async function articlesReferring(entityId: string): Promise<string[]> {
  const [mentions, quotes] = await Promise.all([
    db.mentions.where('entityId').equals(entityId).toArray(),
    db.quotes.where('speakerId').equals(entityId).toArray()
  ])
  return [...new Set([...mentions.map((m) => m.articleId), ...quotes.map((q) => q.articleId)])]
}

/**
 * Applies a mark edit to each article: the open one through its editor (one undoable step,
 * saved by its autosave), the others in the store (saved, reindexed and queued for the folder
 * like any edit). Returns how many articles changed.
 */
export async function editArticlesMarks(
  articleIds: string[],
  edit: MarkEdit,
  open: { id: string; editor: Editor } | null
): Promise<number> {
  let changed = 0
  for (const id of articleIds) {
    if (open && open.id === id) {
      if (editEditorMarks(open.editor, edit)) changed++
      continue
    }
    const [row, doc] = await Promise.all([db.articles.get(id), db.articleDocs.get(id)])
    if (!row || !doc || row.trashed) continue
    const body = editDocMarks(doc.body, edit) as DocJSON
    if (body === doc.body) continue
    await saveArticleBody(id, row.headline, body)
    changed++
  }
  return changed
}
