import type { Editor } from '@tiptap/core'
import type { CopydeskApi } from '../../../../core/ipc'
import { createEntity } from '../../db/createEntity'
import { db } from '../../db/db'
import { findPersonByName } from '../../db/findPersonByName'
import type { EntityProposal } from '../../editor/Suggestions'

/**
 * Accepts entity suggestions: each becomes a tag of a registry entity — the one the suggester
 * linked, else an entity of the same name and type, else a new one — so accepted tags feed the
 * registry and the next suggestions. All marks go in as one undoable step.
 */
export async function acceptProposals(editor: Editor, api: CopydeskApi, proposals: EntityProposal[]): Promise<number> {
  const ids = new Map<string, string>()
  const people: { lastWord: string; id: string }[] = []
  const lastWord = (name: string): string => name.trim().split(/\s+/).pop()!.toLocaleLowerCase()
  // Full names first, so "Putin" after "Vladimir Putin" finds him rather than a new entity.
  const ordered = [...proposals].sort((a, b) => b.text.split(/\s+/).length - a.text.split(/\s+/).length || a.from - b.from)
  for (const p of ordered) {
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
    let id = sameName?.id
    if (!id && p.type === 'person' && !/\s/.test(p.text.trim())) {
      // A surname alone refers to the one person of that surname tagged here or in the registry.
      const inBatch = people.filter((x) => x.lastWord === p.text.toLocaleLowerCase())
      if (inBatch.length === 1) id = inBatch[0]!.id
      else if (inBatch.length === 0) id = (await findPersonByName(p.text))?.id
    }
    id ??= (await createEntity(api, p.text, p.type)).id
    ids.set(key, id)
    if (p.type === 'person') people.push({ lastWord: lastWord(p.text), id })
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
