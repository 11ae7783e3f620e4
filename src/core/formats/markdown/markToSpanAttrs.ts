import type { MarkJSON } from '../../model/DocJSON'
import { isEntityType } from '../../model/EntityType'
import { isTagId } from '../../model/isTagId'
import type { SpanAttrs } from './SpanAttrs'

const text = (v: unknown): string => (typeof v === 'string' ? v : '')

/**
 * The span attributes a mark is written with, or null for a mark that has no span form
 * (bold, italic, strike and link use native Markdown syntax; unknown marks are not written).
 * Tags follow DESIGN.md: the entity type is the class (`[Iran]{.place entity="iran"}`), quotes
 * carry `quote`, `speaker`, `source`, `kind` and `verified`. spanAttrsToMark is its inverse.
 */
export function markToSpanAttrs(mark: MarkJSON): SpanAttrs | null {
  const a = mark.attrs ?? {}
  switch (mark.type) {
    case 'underline':
      return { classes: ['underline'], attributes: {} }
    case 'entity':
      if (!isEntityType(a.type) || !isTagId(a.entityId)) return null
      return { classes: [a.type], attributes: { entity: a.entityId } }
    case 'quote': {
      if (!isTagId(a.quoteId)) return null
      const attributes: Record<string, string> = { quote: a.quoteId }
      if (isTagId(a.speakerId)) attributes.speaker = a.speakerId
      if (isTagId(a.sourceId)) attributes.source = a.sourceId
      attributes.kind = text(a.kind) || 'direct'
      attributes.verified = a.verified === true ? 'true' : 'false'
      return { classes: ['quote'], attributes }
    }
    case 'attribution':
      if (!isTagId(a.sourceId)) return null
      return { classes: ['attribution'], attributes: { source: a.sourceId } }
    case 'note':
      if (!isTagId(a.noteId)) return null
      return { classes: ['note'], attributes: { note: a.noteId, text: text(a.text), flag: a.flag === true ? 'true' : 'false' } }
    default:
      return null
  }
}
