import { stringify } from 'yaml'
import type { Entity } from '../../model/Entity'

/** An entity as its workspace file `entities/<id>.yaml` holds it (the id is the file name). */
export function writeEntityYaml(entity: Entity): string {
  const doc: Record<string, unknown> = { type: entity.type, name: entity.name }
  if (entity.aliases.length) doc.aliases = entity.aliases
  if (entity.description) doc.description = entity.description
  if (entity.wikidata) doc.wikidata = entity.wikidata
  if (entity.mergedInto) doc.mergedInto = entity.mergedInto
  for (const [k, v] of Object.entries(entity.extra ?? {})) if (!(k in doc)) doc[k] = v
  return stringify(doc, { lineWidth: 0 })
}
