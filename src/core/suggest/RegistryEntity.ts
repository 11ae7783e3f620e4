import type { EntityType } from './EntityType'

/** An entity of the workspace registry as the suggester needs it; `id` is a slug ('dmitry-peskov'). */
export interface RegistryEntity {
  id: string
  type: EntityType
  name: string
  aliases: string[]
}
