import type { Token } from './Token'

/** Words after which a period does not end a sentence ("Mr. Peskov", "Sen. Cruz", "Jan. 5"). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st mt sen rep gov gen lt col capt sgt cpl adm maj rev fr jr sr inc co corp ltd ' +
    'no vs etc jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ ave blvd'
  ).split(' ')
)

/** Whether the period at token i closes an abbreviation or an initial ("Mr.", "Sen.", "F.") rather than a sentence. */
export function isAbbreviationPeriod(tokens: Token[], i: number): boolean {
  const t = tokens[i]
  const prev = tokens[i - 1]
  return !!t && t.text === '.' && !!prev && prev.end === t.start && prev.kind === 'word' &&
    (ABBREVIATIONS.has(prev.lower) || (prev.text.length === 1 && prev.cap))
}
