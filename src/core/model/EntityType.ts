export const ENTITY_TYPES = ['person', 'organization', 'place', 'event', 'work', 'other'] as const

/** What an entity is; also the class of its span in the workspace Markdown (`{.person …}`). */
export type EntityType = (typeof ENTITY_TYPES)[number]

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value)
}
