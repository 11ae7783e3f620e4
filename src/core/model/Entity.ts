import type { EntityType } from './EntityType'

/**
 * A registry entity, one per file in the workspace (`entities/<id>.yaml`). The id is a readable
 * slug, unique in the workspace. A merged entity keeps its file with `mergedInto`, so links
 * made elsewhere (other articles, other tools) still resolve.
 */
export interface Entity {
  id: string
  type: EntityType
  name: string
  aliases: string[]
  description?: string
  /** Wikidata item id, e.g. Q123. */
  wikidata?: string
  mergedInto?: string
  /** Keys this version does not know, kept as they are. */
  extra?: Record<string, unknown>
}
