import type { EntityType } from './EntityType'

/**
 * A name found in the text, as token indices [s, e) — before it becomes an EntitySuggestion.
 * `type` is null while unknown; `score` is the strength of the evidence for the type (0..1);
 * `role` is the lower-cased role noun written before a person ("spokesman"), used to resolve
 * "the Kremlin spokesman" later; `entityId` is set for registry matches.
 */
export interface Mention {
  s: number
  e: number
  text: string
  key: string
  type: EntityType | null
  score: number
  role?: string
  entityId?: string
  /** The canonical (registry or longest in-text) name a short reference resolves to. */
  canonical?: string
}
