/** The entity types of the data model's entity mark (DESIGN.md, "Data model"). */
export type EntityType = 'person' | 'organization' | 'place' | 'event' | 'work' | 'other'
