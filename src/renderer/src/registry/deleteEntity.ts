import type { Editor } from '@tiptap/core'
import type { CopydeskApi } from '../../../core/ipc'
import { removeEntityMarks } from '../../../core/registry/editDocMarks'
import { db } from '../db/db'
import { loadRegistry } from '../sync/loadRegistry'
import { flushOutbox } from '../sync/flushOutbox'
import { articlesReferring, editArticlesMarks } from './editArticlesMarks'

/**
 * Deletes an entity: its tags are removed from every article (the words stay), quotes it
 * spoke lose their speaker, and its file moves to the workspace's .trash/entities/.
 * The caller confirms first when articlesReferring() is not empty.
 */
export async function deleteEntity(api: CopydeskApi, entityId: string, open: { id: string; editor: Editor } | null): Promise<number> {
  const row = await db.entities.get(entityId)
  if (!row) return 0
  const changed = await editArticlesMarks(await articlesReferring(entityId), removeEntityMarks(entityId), open)
  const result = await api.registry.trash({ file: `entities/${entityId}.yaml`, baseHash: row.fileHash })
  if ('conflict' in result) {
    await loadRegistry(api)
    throw new Error(`${row.name} was changed in the workspace folder by another tool; it has been reloaded — please try again.`)
  }
  await db.entities.delete(entityId)
  await flushOutbox(api)
  return changed
}
