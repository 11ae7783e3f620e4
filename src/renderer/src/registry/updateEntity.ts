import type { Editor } from '@tiptap/core'
import type { CopydeskApi } from '../../../core/ipc'
import type { Entity } from '../../../core/model/Entity'
import { retypeEntityMarks } from '../../../core/registry/editDocMarks'
import { db } from '../db/db'
import { flushOutbox } from '../sync/flushOutbox'
import { articlesReferring, editArticlesMarks } from './editArticlesMarks'
import { writeEntity } from './writeEntity'

export type EntityPatch = Partial<Pick<Entity, 'name' | 'type' | 'aliases' | 'description' | 'wikidata'>>

/** Edits an entity in the registry; a change of type re-colours its tags in every article. */
export async function updateEntity(
  api: CopydeskApi,
  entityId: string,
  patch: EntityPatch,
  open: { id: string; editor: Editor } | null
): Promise<void> {
  const row = await db.entities.get(entityId)
  if (!row) throw new Error('This entity is no longer in the registry.')
  const { keys: _k, fileHash: _h, ...entity } = row
  const name = (patch.name ?? entity.name).replace(/\s+/g, ' ').trim()
  if (!name) throw new Error('An entity needs a name.')
  const wikidata = patch.wikidata === undefined ? entity.wikidata : patch.wikidata.trim().toUpperCase()
  if (wikidata && !/^Q[1-9]\d*$/.test(wikidata)) throw new Error('A Wikidata id looks like Q42.')
  const aliases = [...new Set((patch.aliases ?? entity.aliases).map((a) => a.replace(/\s+/g, ' ').trim()).filter((a) => a && a !== name))]
  const description = (patch.description ?? entity.description ?? '').trim()
  const next: Entity = { ...entity, name, type: patch.type ?? entity.type, aliases }
  if (description) next.description = description
  else delete next.description
  if (wikidata) next.wikidata = wikidata
  else delete next.wikidata
  await writeEntity(api, next)
  if (next.type !== entity.type) {
    await editArticlesMarks(await articlesReferring(entityId), retypeEntityMarks(entityId, next.type), open)
    await flushOutbox(api)
  }
}
