import type { Editor } from '@tiptap/core'
import { ulid } from 'ulid'
import type { CopydeskApi } from '../../../../core/ipc'
import { createEntity } from '../../db/createEntity'
import { db } from '../../db/db'
import { findPersonByName } from '../../db/findPersonByName'
import type { QuoteProposal } from '../../editor/Suggestions'

/**
 * Accepts quote suggestions: each quote (all paragraphs of a multi-paragraph one) becomes one
 * quote tag with its speaker — the registry person the suggester linked, else the person of
 * that name (or surname), else a new person — so the quote bank and the speaker's page find
 * it. One undoable step. Returns how many quotes were tagged.
 */
export async function acceptQuoteProposals(editor: Editor, api: CopydeskApi, proposals: QuoteProposal[]): Promise<number> {
  const speakers = new Map<string, string>()
  for (const p of proposals) {
    if (!p.speaker || speakers.has(p.speaker.name)) continue
    const linked = p.speaker.entityId ? await db.entities.get(p.speaker.entityId) : undefined
    const id = linked?.id ?? (await findPersonByName(p.speaker.name))?.id ?? (await createEntity(api, p.speaker.name, 'person')).id
    speakers.set(p.speaker.name, id)
  }
  const ids = new Map<string, string>()
  const type = editor.schema.marks.quote!
  const tr = editor.state.tr
  let tagged = 0
  for (const p of proposals) {
    if (tr.doc.textBetween(p.from, p.to) !== p.text) continue // the text moved on meanwhile
    const groupKey = p.group === undefined ? `single:${p.from}` : `group:${p.group}`
    let quoteId = ids.get(groupKey)
    if (!quoteId) {
      quoteId = ulid()
      ids.set(groupKey, quoteId)
      tagged++
    }
    const speakerId = p.speaker ? (speakers.get(p.speaker.name) ?? null) : null
    tr.addMark(p.from, p.to, type.create({ quoteId, speakerId, sourceId: null, kind: p.kind, verified: false }))
  }
  editor.view.dispatch(tr)
  return tagged
}
