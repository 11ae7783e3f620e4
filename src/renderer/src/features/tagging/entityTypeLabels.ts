import type { EntityType } from '../../../../core/model/EntityType'

export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organisation',
  place: 'Place',
  event: 'Event',
  work: 'Work',
  other: 'Other'
}
