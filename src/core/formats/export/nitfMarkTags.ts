import type { MarkJSON } from '../../model/DocJSON'
import { isEntityType } from '../../model/EntityType'
import { isSafeHref } from '../../model/isSafeHref'
import { isTagId } from '../../model/isTagId'
import { QUOTE_KINDS } from '../../model/tagMarks'
import type { ExportContext } from './ExportContext'
import { nitfEntityOpen } from './nitfEntityOpen'
import { resolveEntity } from './resolveEntity'
import { xmlAttrs } from './xmlAttrs'

/**
 * The NITF element a mark is exported as, or null for marks that are not (notes, unknown
 * marks, unsafe links). `leaf` elements may hold only text in NITF 3.6 (person, org, location,
 * event, object.title, classifier): the writer never nests anything inside them.
 * - entity: see nitfEntityOpen;
 * - quote: `<q class="direct|partial|indirect" quote-source="Dmitry Peskov" cd:quote=… cd:speaker=…
 *   cd:source=… cd:verified=…>`;
 * - attribution: `<a class="attribution" href="{source url}" title="Reuters" cd:source="reuters">` — an
 *   anchor rather than a classifier, because an entity inside it ("Reuters" in "Reuters
 *   reports") must keep its own element, and classifiers hold text only;
 * - italic `<em>`; bold, underline, strike `<em class="bold|underline|strike">`; link `<a href>`.
 */
export function nitfMarkTags(mark: MarkJSON, ctx: ExportContext): { open: string; close: string; leaf: boolean } | null {
  const a = mark.attrs ?? {}
  switch (mark.type) {
    case 'italic':
      return { open: '<em>', close: '</em>', leaf: false }
    case 'bold':
    case 'underline':
    case 'strike':
      return { open: `<em class="${mark.type}">`, close: '</em>', leaf: false }
    case 'link':
      return typeof a.href === 'string' && isSafeHref(a.href) ? { open: `<a${xmlAttrs([['href', a.href]])}>`, close: '</a>', leaf: false } : null
    case 'entity': {
      if (!isTagId(a.entityId) || !isEntityType(a.type)) return null
      const { name, open } = nitfEntityOpen(a.entityId, a.type, ctx)
      return { open, close: `</${name}>`, leaf: true }
    }
    case 'quote': {
      if (!isTagId(a.quoteId)) return null
      const kind = (QUOTE_KINDS as readonly unknown[]).includes(a.kind) ? String(a.kind) : 'direct'
      const speaker = isTagId(a.speakerId) ? resolveEntity(a.speakerId, ctx) : undefined
      const speakerId = isTagId(a.speakerId) ? (speaker?.id ?? a.speakerId) : undefined
      const open = `<q${xmlAttrs([
        ['class', kind],
        ['quote-source', speaker?.name],
        ['cd:quote', a.quoteId],
        ['cd:speaker', speakerId],
        ['cd:source', isTagId(a.sourceId) ? a.sourceId : undefined],
        ['cd:verified', a.verified === true ? 'true' : 'false']
      ])}>`
      return { open, close: '</q>', leaf: false }
    }
    case 'attribution': {
      if (!isTagId(a.sourceId)) return null
      const source = ctx.sources.get(a.sourceId)
      const href = source?.url && isSafeHref(source.url) ? source.url : undefined
      const open = `<a${xmlAttrs([['class', 'attribution'], ['href', href], ['title', source?.name], ['cd:source', a.sourceId]])}>`
      return { open, close: '</a>', leaf: false }
    }
    default:
      return null
  }
}
