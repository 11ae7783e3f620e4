import type { MarkJSON } from '../../model/DocJSON'
import { isEntityType } from '../../model/EntityType'
import { isSafeHref } from '../../model/isSafeHref'
import { isTagId } from '../../model/isTagId'
import { QUOTE_KINDS } from '../../model/tagMarks'
import type { ExportContext } from './ExportContext'
import { resolveEntity } from './resolveEntity'
import { wikidataUri } from './wikidataUri'
import { xmlAttrs } from './xmlAttrs'

/**
 * The HTML element a mark is exported as, or null for marks that are not exported (notes,
 * unknown marks, links to anything but http(s)/mailto). Tags use the editor's data attributes,
 * so the file pastes back into Copydesk with its tags: `<span class="person" data-entity=…
 * data-entity-type=…>`, `<q class="quote" data-quote=… data-speaker=… data-kind=…
 * data-verified=…>`, `<span class="attribution" data-attribution data-source=…>`.
 */
export function htmlMarkTags(mark: MarkJSON, ctx: ExportContext): { open: string; close: string } | null {
  const a = mark.attrs ?? {}
  switch (mark.type) {
    case 'bold':
      return { open: '<strong>', close: '</strong>' }
    case 'italic':
      return { open: '<em>', close: '</em>' }
    case 'underline':
      return { open: '<u>', close: '</u>' }
    case 'strike':
      return { open: '<s>', close: '</s>' }
    case 'link':
      return typeof a.href === 'string' && isSafeHref(a.href) ? { open: `<a${xmlAttrs([['href', a.href]])}>`, close: '</a>' } : null
    case 'entity': {
      if (!isTagId(a.entityId) || !isEntityType(a.type)) return null
      const entity = resolveEntity(a.entityId, ctx)
      const id = entity?.id ?? a.entityId
      const qid = wikidataUri(entity?.wikidata) ? entity!.wikidata!.trim() : undefined
      const open = `<span${xmlAttrs([['class', a.type], ['data-entity', id], ['data-entity-type', a.type], ['data-wikidata', qid], ['title', entity?.name]])}>`
      return { open, close: '</span>' }
    }
    case 'quote': {
      if (!isTagId(a.quoteId)) return null
      const kind = (QUOTE_KINDS as readonly unknown[]).includes(a.kind) ? String(a.kind) : 'direct'
      const speaker = isTagId(a.speakerId) ? (resolveEntity(a.speakerId, ctx)?.id ?? a.speakerId) : undefined
      const open = `<q${xmlAttrs([
        ['class', 'quote'],
        ['data-quote', a.quoteId],
        ['data-speaker', speaker],
        ['data-source', isTagId(a.sourceId) ? a.sourceId : undefined],
        ['data-kind', kind],
        ['data-verified', a.verified === true ? 'true' : 'false']
      ])}>`
      return { open, close: '</q>' }
    }
    case 'attribution':
      if (!isTagId(a.sourceId)) return null
      return { open: `<span${xmlAttrs([['class', 'attribution'], ['data-attribution', ''], ['data-source', a.sourceId]])}>`, close: '</span>' }
    default:
      return null
  }
}
