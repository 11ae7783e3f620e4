import { parse } from 'yaml'
import { isSourceType } from '../../model/isSourceType'
import { isTagId } from '../../model/isTagId'
import type { Source } from '../../model/Source'
import { ImportError } from '../ImportError'

const KNOWN = new Set(['type', 'name', 'url', 'contact', 'notes', 'accessDate'])

/** A scalar as text; YAML reads an unquoted 2026-03-04 as a Date. */
function text(value: unknown, dateOnly = false): string | undefined {
  if (value instanceof Date) return dateOnly ? value.toISOString().slice(0, 10) : value.toISOString()
  if (typeof value === 'number') return String(value)
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

/**
 * Reads `sources/<id>.yaml`. Files come from other tools and people: a missing name or an
 * unknown type is an error naming the file; stray values are dropped, unknown keys kept.
 */
export function readSourceYaml(id: string, yaml: string): Source {
  const where = `sources/${id}.yaml`
  if (!isTagId(id)) throw new ImportError(`${where}: the file name is not a valid source id`)
  let doc: unknown
  try {
    doc = parse(yaml)
  } catch (error) {
    throw new ImportError(`${where}: not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`)
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new ImportError(`${where}: expected a mapping of fields`)
  const d = doc as Record<string, unknown>
  if (!isSourceType(d.type)) throw new ImportError(`${where}: unknown type ${JSON.stringify(d.type)}`)
  const name = text(d.name)
  if (!name) throw new ImportError(`${where}: no name`)
  const source: Source = { id, type: d.type, name: name.replace(/\s+/g, ' ') }
  const url = text(d.url)
  if (url) source.url = url
  const contact = text(d.contact)
  if (contact) source.contact = contact
  if (typeof d.notes === 'string' && d.notes.trim()) source.notes = d.notes.replace(/\s+$/, '')
  const accessDate = text(d.accessDate, true)
  if (accessDate) source.accessDate = accessDate
  const extra = Object.fromEntries(Object.entries(d).filter(([k]) => !KNOWN.has(k)))
  if (Object.keys(extra).length) source.extra = extra
  return source
}
