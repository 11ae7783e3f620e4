/**
 * A NITF `norm` date (ISO 8601 basic format: `20020226T093000-0500`, `20020226T093000Z`,
 * `20020226`) or an extended ISO 8601 one (`2002-02-26T09:30:00-05:00`, as NewsML-G2 and ninjs
 * write) as extended ISO 8601; undefined when it is neither. A time without a zone stays
 * without one rather than being guessed.
 */
export function normDateToIso(norm: string | null | undefined): string | undefined {
  const s = norm?.trim()
  if (!s) return undefined
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(s)
  if (!m) return undefined
  const [, y, mo, d, h, mi, sec, frac, zone] = m
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return undefined
  const date = `${y}-${mo}-${d}`
  if (h === undefined) return date
  if (Number(h) > 24 || Number(mi) > 59 || Number(sec ?? 0) > 60) return undefined
  const time = `${h}:${mi}:${sec ?? '00'}${frac ? `.${frac}` : ''}`
  let tz = ''
  if (zone) {
    if (zone.toUpperCase() === 'Z') tz = 'Z'
    else {
      const digits = zone.slice(1).replace(':', '')
      tz = `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`
    }
  }
  return `${date}T${time}${tz}`
}

/** The date part (YYYY-MM-DD) of a NITF or ISO date. */
export function normDateOnly(norm: string | null | undefined): string | undefined {
  return normDateToIso(norm)?.slice(0, 10)
}
