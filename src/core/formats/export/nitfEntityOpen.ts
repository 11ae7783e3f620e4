import type { EntityType } from '../../model/EntityType'
import type { ExportContext } from './ExportContext'
import { ENTITY_IDSRC, WIKIDATA_IDSRC } from './nitfVocabulary'
import { resolveEntity } from './resolveEntity'
import { wikidataUri } from './wikidataUri'
import { xmlAttrs } from './xmlAttrs'

const ELEMENT: Record<EntityType, string> = {
  person: 'person',
  organization: 'org',
  place: 'location',
  event: 'event',
  work: 'object.title',
  other: 'classifier'
}

/**
 * The NITF element for a tagged entity and its opening tag: person, org, location, event,
 * object.title, or a classifier of type "entity" for anything else. The code is the Wikidata
 * item when the registry has one (`idsrc="http://www.wikidata.org/entity/" value="Q7747"`),
 * else the registry id (`idsrc="urn:x-copydesk:entity" value="vladimir-putin"`); `location` has
 * no idsrc/value in NITF and carries the same pair as `code-source`/`location-code`. The
 * registry id is always kept in `cd:entity` for a lossless read-back.
 */
export function nitfEntityOpen(entityId: string, type: EntityType, ctx: ExportContext): { name: string; open: string } {
  const entity = resolveEntity(entityId, ctx)
  const id = entity?.id ?? entityId
  const qid = wikidataUri(entity?.wikidata) ? entity!.wikidata!.trim() : undefined
  const source = qid ? WIKIDATA_IDSRC : ENTITY_IDSRC
  const value = qid ?? id
  const name = ELEMENT[type]
  const code: Array<[string, string | undefined]> =
    name === 'location' ? [['code-source', source], ['location-code', value]] : [['idsrc', source], ['value', value]]
  const attrs = xmlAttrs([...(name === 'classifier' ? ([['type', 'entity']] as Array<[string, string]>) : []), ...code, ['cd:entity', id]])
  return { name, open: `<${name}${attrs}>` }
}
