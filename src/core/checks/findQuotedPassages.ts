/** A stretch of text in quotation marks. */
export interface QuotedPassage {
  /** The words inside the marks: offsets into the text, end exclusive. */
  start: number
  end: number
  /** With the marks themselves (equal to start/end on the side a quote is left open). */
  outerStart: number
  outerEnd: number
  /** Double (“…”, "…", «…», „…“) or single (‘…’, '…') marks. */
  marks: 'double' | 'single'
  /** The text ended before the closing mark (a quote running into the next paragraph). */
  open: boolean
}

const WORD_CHAR = /[\p{L}\p{N}]/u
const OPENING_CONTEXT = /[\s([{\u2014\u2013:;/-]/u

/** The closing marks that end a double quotation opened with `opener`; sloppy copy mixes styles. */
function closesDouble(opener: string, c: string): boolean {
  if (c === '”' || c === '"' || c === '»') return true
  return opener === '„' && c === '“'
}

/**
 * The quoted passages of a text: curly and straight, double and single marks, guillemets.
 * Single marks double as apostrophes, so one opens only before a letter after a space or the
 * start (‘We…, 'We…) and closes only when no letter follows (…now’ / …now', but not Iran’s).
 * Inside double marks, single marks are part of the quote (a quote within a quote).
 */
export function findQuotedPassages(text: string): QuotedPassage[] {
  const out: QuotedPassage[] = []
  let open: { at: number; mark: string; kind: 'double' | 'single' } | null = null
  // Only quotation marks and apostrophes matter: jump from one to the next.
  const marks = /["'“”‘’«»„]/g
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    const i = m.index
    const c = m[0]
    const prev = i > 0 ? text[i - 1]! : ' '
    const next = i + 1 < text.length ? text[i + 1]! : ' '
    if (open?.kind === 'double') {
      if (closesDouble(open.mark, c)) {
        out.push({ start: open.at + 1, end: i, outerStart: open.at, outerEnd: i + 1, marks: 'double', open: false })
        open = null
      }
      continue
    }
    if (open?.kind === 'single') {
      if ((c === '’' || c === "'") && !WORD_CHAR.test(next) && i > open.at + 1) {
        out.push({ start: open.at + 1, end: i, outerStart: open.at, outerEnd: i + 1, marks: 'single', open: false })
        open = null
      }
      continue
    }
    if (c === '“' || c === '«' || c === '„' || c === '"') open = { at: i, mark: c, kind: 'double' }
    else if ((c === '‘' || c === "'") && OPENING_CONTEXT.test(prev) && (WORD_CHAR.test(next) || next === '…')) {
      open = { at: i, mark: c, kind: 'single' }
    }
  }
  if (open) out.push({ start: open.at + 1, end: text.length, outerStart: open.at, outerEnd: text.length, marks: open.kind, open: true })
  return out
}
