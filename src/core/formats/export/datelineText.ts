import type { Dateline } from '../../model/Article'
import { formatDatelineDate } from './formatDatelineDate'

/** A dateline as printed: `MOSCOW, June 24`, the place as the desk typed it; '' when there is none. */
export function datelineText(dateline: Dateline | undefined): string {
  const place = dateline?.place?.trim() ?? ''
  const date = formatDatelineDate(dateline?.date)
  return [place, date].filter(Boolean).join(', ')
}
