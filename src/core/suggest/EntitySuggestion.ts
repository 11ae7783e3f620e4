import type { EntityType } from './EntityType'

/**
 * A proposed entity mark. Offsets are JavaScript string indices into the text as given, end
 * exclusive (the CLI contract of `suggest`). `entityId` is set only when the mention was matched
 * to the workspace registry; `confidence` is in [0, 1].
 */
export interface EntitySuggestion {
  start: number
  end: number
  type: EntityType
  text: string
  entityId?: string
  confidence: number
}
