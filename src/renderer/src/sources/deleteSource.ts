import type { Editor } from '@tiptap/core'
import type { CopydeskApi } from '../../../core/ipc'
import { removeSourceMarks } from '../../../core/registry/editDocMarks'
import { db } from '../db/db'
import { editArticleMeta } from '../db/editArticleMeta'
import { editArticlesMarks } from '../registry/editArticlesMarks'
import { flushOutbox } from '../sync/flushOutbox'
import { loadSources } from '../sync/loadSources'
import { articlesUsingSource } from './articlesUsingSource'

/**
 * Deletes a source from the workspace registry: every live article that used it is detached
 * from it, its attribution tags are removed (the words stay) and quotes lose it as their
 * source; then its file moves to the workspace's .trash/sources/. Returns how many articles
 * changed. The caller confirms first, saying what articlesUsingSource() found.
 */
export async function deleteSource(api: CopydeskApi, sourceId: string, open: { id: string; editor: Editor } | null): Promise<number> {
  const row = await db.sources.get(sourceId)
  if (!row) return 0
  const using = await articlesUsingSource(sourceId)
  await editArticlesMarks(using, removeSourceMarks(sourceId), open)
  for (const id of using) {
    await editArticleMeta(id, (article) => (article.sources.includes(sourceId) ? { sources: article.sources.filter((s) => s !== sourceId) } : null))
  }
  const result = await api.registry.trash({ file: `sources/${sourceId}.yaml`, baseHash: row.fileHash })
  if ('conflict' in result) {
    await loadSources(api)
    throw new Error(`${row.name} was changed in the workspace folder by another tool; it has been reloaded — please try again.`)
  }
  await db.sources.delete(sourceId)
  await flushOutbox(api)
  return using.length
}
