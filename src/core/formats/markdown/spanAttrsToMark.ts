import type { MarkJSON } from '../../model/DocJSON'
import { ENTITY_TYPES } from '../../model/EntityType'
import { isTagId } from '../../model/isTagId'
import { QUOTE_KINDS, type QuoteKind } from '../../model/tagMarks'
import type { SpanAttrs } from './SpanAttrs'

/**
 * The mark a bracketed span stands for, or null for a span this version does not know (or a
 * tag with a missing or malformed id), whose text is then kept without a mark. Inverse of
 * markToSpanAttrs. Attribute values from files are untrusted: ids are checked, enums narrowed.
 */
export function spanAttrsToMark(attrs: SpanAttrs): MarkJSON | null {
  const { classes, attributes: a } = attrs
  if (classes.includes('quote')) {
    if (!isTagId(a.quote)) return null
    const kind: QuoteKind = (QUOTE_KINDS as readonly string[]).includes(a.kind ?? '') ? (a.kind as QuoteKind) : 'direct'
    return {
      type: 'quote',
      attrs: {
        quoteId: a.quote,
        speakerId: isTagId(a.speaker) ? a.speaker : null,
        sourceId: isTagId(a.source) ? a.source : null,
        kind,
        verified: a.verified === 'true'
      }
    }
  }
  if (classes.includes('attribution')) {
    return isTagId(a.source) ? { type: 'attribution', attrs: { sourceId: a.source } } : null
  }
  if (classes.includes('note')) {
    if (!isTagId(a.note)) return null
    return { type: 'note', attrs: { noteId: a.note, text: a.text ?? '', flag: a.flag === 'true' } }
  }
  const type = ENTITY_TYPES.find((t) => classes.includes(t))
  if (type) return isTagId(a.entity) ? { type: 'entity', attrs: { entityId: a.entity, type } } : null
  if (classes.includes('underline')) return { type: 'underline' }
  return null
}
