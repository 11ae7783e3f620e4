/** A leading character spreadsheets would read as the start of a formula. */
const FORMULA = /^[=+\-@\t\r]/

/**
 * One CSV record (RFC 4180): fields quoted when they hold a comma, quote or line break,
 * quotes doubled, CRLF at the end. A field a spreadsheet would run as a formula (`=…`, `+…`,
 * `-…`, `@…`) gets a leading apostrophe, so opening a quote sheet never executes anything.
 */
export function csvRow(fields: readonly string[]): string {
  return `${fields
    .map((raw) => {
      const field = FORMULA.test(raw) ? `'${raw}` : raw
      return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field
    })
    .join(',')}\r\n`
}
