/**
 * A date filter's value as an ISO day: `2026-05-01`, or `2026-05` / `2026` for the first day of
 * that month or year. Undefined when it is not a real date.
 */
export function readDate(value: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value.trim())
  if (!m) return undefined
  const year = Number(m[1])
  const month = m[2] ? Number(m[2]) : 1
  const day = m[3] ? Number(m[3]) : 1
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Local midnight at the start of an ISO day, in epoch ms: "before:2026-05-01" means before this. */
export function dayStart(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d).getTime()
}
