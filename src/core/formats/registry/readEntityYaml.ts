import { parse } from 'yaml'
import type { Entity } from '../../model/Entity'
import { isEntityType } from '../../model/EntityType'
import { isTagId } from '../../model/isTagId'
import { ImportError } from '../ImportError'

const KNOWN = new Set(['type', 'name', 'aliases', 'description', 'wikidata', 'mergedInto'])

/**
 * Reads `entities/<id>.yaml`. Files come from other tools and people: a missing name or an
 * unknown type is an error naming the file; stray values are coerced or dropped, unknown keys kept.
 */
export function readEntityYaml(id: string, text: string): Entity {
  if (!isTagId(id)) throw new ImportError(`entities/${id}.yaml: the file name is not a valid entity id`)
  let doc: unknown
  try {
    doc = parse(text)
  } catch (error) {
    throw new ImportError(`entities/${id}.yaml: not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`)
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new ImportError(`entities/${id}.yaml: expected a mapping of fields`)
  const d = doc as Record<string, unknown>
  if (!isEntityType(d.type)) throw new ImportError(`entities/${id}.yaml: unknown type ${JSON.stringify(d.type)}`)
  if (typeof d.name !== 'string' || !d.name.trim()) throw new ImportError(`entities/${id}.yaml: no name`)
  const entity: Entity = {
    id,
    type: d.type,
    name: d.name.trim(),
    aliases: Array.isArray(d.aliases)
      ? d.aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '').map((a) => a.trim())
      : []
  }
  if (typeof d.description === 'string' && d.description) entity.description = d.description
  if (typeof d.wikidata === 'string' && /^Q\d+$/.test(d.wikidata)) entity.wikidata = d.wikidata
  if (isTagId(d.mergedInto)) entity.mergedInto = d.mergedInto
  const extra = Object.fromEntries(Object.entries(d).filter(([k]) => !KNOWN.has(k)))
  if (Object.keys(extra).length) entity.extra = extra
  return entity
}
