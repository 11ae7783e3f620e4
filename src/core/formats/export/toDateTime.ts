import { parseIsoDate } from './parseIsoDate'

/**
 * An RFC 3339 date-time for JSON formats (ninjs, JSON-LD), or undefined when the value is not
 * a date: a bare date becomes midnight UTC, a time without a zone is taken as UTC.
 */
export function toDateTime(value: string | undefined): string | undefined {
  const p = parseIsoDate(value)
  if (!p) return undefined
  return `${p.date}T${p.time ?? '00:00:00'}${p.fraction ?? ''}${p.zone ?? 'Z'}`
}
