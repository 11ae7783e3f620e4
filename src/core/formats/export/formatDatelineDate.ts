import { parseIsoDate } from './parseIsoDate'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** The date of a dateline as printed: `June 24` (the year is in the article's dates); the value as given when it is not ISO. */
export function formatDatelineDate(date: string | undefined): string {
  const p = parseIsoDate(date)
  if (!p) return date?.trim() ?? ''
  const [, month, day] = p.date.split('-')
  return `${MONTHS[Number(month) - 1]} ${Number(day)}`
}
