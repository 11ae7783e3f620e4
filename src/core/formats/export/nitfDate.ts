import { parseIsoDate } from './parseIsoDate'

/**
 * A date in the form NITF's `norm` attributes ask for: `YYYYMMDDTHHMMSS±HHMM`, or with `Z`
 * for UTC; a bare date gets `T000000` and no zone. Undefined when the value is not a date.
 */
export function nitfDate(value: string | undefined): string | undefined {
  const p = parseIsoDate(value)
  if (!p) return undefined
  const date = p.date.replace(/-/g, '')
  if (!p.time) return `${date}T000000`
  return `${date}T${p.time.replace(/:/g, '')}${(p.zone ?? '').replace(':', '')}`
}
