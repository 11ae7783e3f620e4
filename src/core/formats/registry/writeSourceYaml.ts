import { stringify } from 'yaml'
import type { Source } from '../../model/Source'

/** A source as its workspace file `sources/<id>.yaml` holds it (the id is the file name). */
export function writeSourceYaml(source: Source): string {
  const doc: Record<string, unknown> = { type: source.type, name: source.name }
  if (source.url) doc.url = source.url
  if (source.contact) doc.contact = source.contact
  if (source.notes) doc.notes = source.notes
  if (source.accessDate) doc.accessDate = source.accessDate
  for (const [k, v] of Object.entries(source.extra ?? {})) if (!(k in doc)) doc[k] = v
  return stringify(doc, { lineWidth: 0 })
}
