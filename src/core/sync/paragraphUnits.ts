const isBlank = (line: string): boolean => line.trim() === ''

/**
 * Splits a Markdown body into merge units: each non-blank line together with the blank lines
 * before it (trailing blank lines form a last unit). The workspace writes one paragraph per
 * line with a blank line between blocks, so a unit is a paragraph (or a list item, a heading)
 * and its separator: inserting or deleting a paragraph changes exactly one unit.
 * `joinUnits(splitUnits(body)) === body` for every string.
 */
export function splitUnits(body: string): string[] {
  const lines = body.split('\n')
  const units: string[] = []
  let pending: string[] = []
  for (const line of lines) {
    pending.push(line)
    if (!isBlank(line)) {
      units.push(pending.join('\n'))
      pending = []
    }
  }
  if (pending.length) units.push(pending.join('\n'))
  return units
}

export function joinUnits(units: readonly string[]): string {
  return units.join('\n')
}
