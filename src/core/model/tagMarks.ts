import type { EntityType } from './EntityType'

/**
 * The attributes of the tag marks an article carries inline (DESIGN.md "Data model"). Marks may
 * overlap: an entity inside a quote. A quote running over several paragraphs is several marks
 * sharing one quoteId.
 */
export interface EntityMarkAttrs {
  entityId: string
  type: EntityType
}

export const QUOTE_KINDS = ['direct', 'partial', 'indirect'] as const
export type QuoteKind = (typeof QUOTE_KINDS)[number]

export interface QuoteMarkAttrs {
  quoteId: string
  speakerId: string | null
  sourceId: string | null
  kind: QuoteKind
  verified: boolean
}

/** "…, Reuters reports." — the words that attribute a claim to a source. */
export interface AttributionMarkAttrs {
  sourceId: string
}

/** The desk's inline notes and flags; never exported. An open flag blocks export. */
export interface NoteMarkAttrs {
  noteId: string
  text: string
  flag: boolean
}
