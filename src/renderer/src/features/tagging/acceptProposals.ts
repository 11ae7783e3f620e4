import type { Editor } from '@tiptap/core'
import type { CopydeskApi } from '../../../../core/ipc'
import { createEntity } from '../../db/createEntity'
import { db } from '../../db/db'
import type { EntityProposal } from '../../editor/Suggestions'

/**
 * Accepts entity suggestions: each becomes a tag of a registry entity — the one the suggester
 * linked, else an entity of the same name and type, else a new one — so accepted tags feed the
 * registry and the next suggestions. All marks go in as one undoable step.
 */
export async function acceptProposals(editor: Editor, api: CopydeskApi, proposals: EntityProposal[]): Promise<number> {
  const ids = new Map<string, string>()
  for (const p of proposals) {
    const key = `${p.type}:${p.entityId ?? p.text.toLocaleLowerCase()}`
    if (ids.has(key)) continue
    if (p.entityId) {
      ids.set(key, p.entityId)
      continue
    }
    const sameName = await db.entities
      .where('name')
      .equalsIgnoreCase(p.text)
      .filter((e) => e.type === p.type && !e.mergedInto)
      .first()
    ids.set(key, sameName?.id ?? (await createEntity(api, p.text, p.type)).id)
  }
  const type = editor.schema.marks.entity!
  const tr = editor.state.tr
  for (const p of proposals) {
    const entityId = ids.get(`${p.type}:${p.entityId ?? p.text.toLocaleLowerCase()}`)!
    // The document may have moved on while the registry was written: check the words are still there.
    if (tr.doc.textBetween(p.from, p.to) !== p.text) continue
    tr.addMark(p.from, p.to, type.create({ entityId, type: p.type }))
  }
  editor.view.dispatch(tr)
  return proposals.length
}
