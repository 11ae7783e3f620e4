const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$/
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** The parts of an ISO 8601 date or timestamp, normalised; undefined for anything else. */
export interface DateParts {
  date: string
  /** HH:MM:SS, absent for a bare date. */
  time?: string
  fraction?: string
  /** `Z` or `+HH:MM`; absent when the value had none. */
  zone?: string
}

function valid(y: string, m: string, d: string): boolean {
  const month = Number(m)
  const day = Number(d)
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate()
  return month >= 1 && month <= 12 && day >= 1 && day <= days
}

/** Reads an ISO 8601 date (`2026-06-24`) or timestamp (`2026-06-24T09:30:00.000Z`, `…+02:00`). */
export function parseIsoDate(value: string | undefined): DateParts | undefined {
  const v = value?.trim() ?? ''
  const date = DATE.exec(v)
  if (date) return valid(date[1]!, date[2]!, date[3]!) ? { date: v } : undefined
  const m = DATE_TIME.exec(v)
  if (!m || !valid(m[1]!, m[2]!, m[3]!)) return undefined
  const [h, min, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? '0')]
  if (h > 23 || min > 59 || s > 60) return undefined
  const parts: DateParts = { date: `${m[1]}-${m[2]}-${m[3]}`, time: `${m[4]}:${m[5]}:${m[6] ?? '00'}` }
  if (m[7]) parts.fraction = m[7]
  if (m[8]) {
    const zone = m[8].toUpperCase()
    parts.zone = zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`
    if (parts.zone !== 'Z' && (Number(parts.zone.slice(1, 3)) > 23 || Number(parts.zone.slice(4)) > 59)) return undefined
  }
  return parts
}
