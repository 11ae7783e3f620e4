import type { Editor } from '@tiptap/core'
import type { CopydeskApi } from '../../../core/ipc'
import { repointMarks } from '../../../core/registry/editDocMarks'
import { mergeEntities } from '../../../core/registry/mergeEntities'
import { db } from '../db/db'
import { flushOutbox } from '../sync/flushOutbox'
import { articlesReferring, editArticlesMarks } from './editArticlesMarks'
import { writeEntity } from './writeEntity'

/**
 * Merges `loserId` into `keeperId`: the keeper gains the loser's name and aliases, every tag
 * and quote speaker in every article is re-pointed, and the loser's file stays with
 * `mergedInto` so references made elsewhere still resolve. Returns the articles changed.
 */
export async function mergeEntity(
  api: CopydeskApi,
  loserId: string,
  keeperId: string,
  open: { id: string; editor: Editor } | null
): Promise<number> {
  const [loser, keeper] = await Promise.all([db.entities.get(loserId), db.entities.get(keeperId)])
  if (!loser || !keeper) throw new Error('One of the two entities is no longer in the registry.')
  if (keeper.mergedInto) throw new Error(`${keeper.name} was itself merged into another entity; merge into that one.`)
  const merged = mergeEntities(strip(keeper), strip(loser))
  // The keeper first: if the loser's write then fails, nothing points at a missing entity.
  await writeEntity(api, merged.keeper)
  const changed = await editArticlesMarks(await articlesReferring(loserId), repointMarks(loserId, keeperId), open)
  await writeEntity(api, merged.loser)
  // Earlier merges into the loser now lead to the keeper directly.
  for (const older of await db.entities.filter((e) => e.mergedInto === loserId).toArray()) {
    await writeEntity(api, { ...strip(older), mergedInto: keeperId })
  }
  await flushOutbox(api)
  return changed
}

function strip<T extends { keys: string[]; fileHash: string | null }>(row: T): Omit<T, 'keys' | 'fileHash'> {
  const { keys: _k, fileHash: _h, ...entity } = row
  return entity
}
