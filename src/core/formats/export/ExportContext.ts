import type { Entity } from '../../model/Entity'
import type { Source } from '../../model/Source'

/**
 * What the export writers look names and identifiers up in: the workspace registry of entities
 * and sources, keyed by id. An id missing from the maps is still exported (with the tagged text
 * as its name), so an article tagged in another workspace loses nothing.
 */
export interface ExportContext {
  entities: Map<string, Entity>
  sources: Map<string, Source>
}
