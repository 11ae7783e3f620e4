import type { DocContext } from './DocContext'
import type { QuoteSpan } from './QuoteSpan'
import type { Token } from './Token'

const DOUBLE_OPEN = new Set(['“', '„', '«'])
const DOUBLE_CLOSE = new Set(['”', '»'])
const SINGLE_OPEN = new Set(['‘', '‹'])
const SINGLE_CLOSE = new Set(['’', '›'])

/**
 * Pairs quotation marks paragraph by paragraph. Curly marks say which way they face; a straight
 * mark faces the word it touches. A quote still open at the end of a paragraph continues when the
 * next paragraph opens with a quotation mark (the wire convention: no closing mark until the
 * speaker stops), and otherwise ends with its paragraph. Single marks count only outside double
 * ones (inside, they are nested quotes and stay part of the outer quote) and only when they pair
 * within the paragraph, since ’ is also the apostrophe. Two straight apostrophes ('') are a
 * straight double mark.
 */
export function findQuoteSpans(ctx: DocContext): QuoteSpan[] {
  const { tokens } = ctx
  const spans: QuoteSpan[] = []
  let open = -1
  let group = 0
  let pendingGroup: number | undefined
  let singleOpen = -1
  // A quote left open at the end of a paragraph whose next paragraph has no opening mark but
  // closes one: the speaker went on ("…today's game.¶It was a very emotional day…”").
  let dangling = -1
  let paraStart = 0
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i]
    if (!t || t.kind === 'break') {
      if (open >= 0) {
        const last = i - 1
        const next = firstTokenOfParagraph(tokens, i + 1)
        const continues = next >= 0 && tokens[next].kind === 'quote' && isDoubleOpening(tokens, next)
        const g = continues ? (pendingGroup ?? ++group) : pendingGroup
        if (last > open) spans.push({ open, close: last, closed: false, single: false, group: g, continuation: pendingGroup !== undefined })
        pendingGroup = continues ? g : undefined
        dangling = continues || last <= open ? -1 : spans.length - 1
        open = -1
      } else {
        pendingGroup = undefined
        if (t) dangling = -1
      }
      paraStart = i + 1
      singleOpen = -1
      continue
    }
    if (t.kind !== 'quote') continue
    if (isDouble(t)) {
      if (open < 0) {
        if (isDoubleOpening(tokens, i)) {
          open = i
        } else if (dangling >= 0 && i > paraStart) {
          const first = spans[dangling]
          first.group ??= ++group
          spans.push({ open: paraStart, close: i, closed: true, single: false, group: first.group, continuation: true })
          dangling = -1
        } else if (pendingGroup !== undefined) {
          pendingGroup = undefined
        }
        continue
      }
      if (DOUBLE_OPEN.has(t.text) && !touchesBefore(tokens, i)) {
        // A new opening mark while one is open: the earlier quote was never closed.
        spans.push({ open, close: i - 1, closed: false, single: false, group: pendingGroup, continuation: pendingGroup !== undefined })
        pendingGroup = undefined
        open = i
        continue
      }
      spans.push({ open, close: i, closed: true, single: false, group: pendingGroup, continuation: pendingGroup !== undefined })
      pendingGroup = undefined
      open = -1
      continue
    }
    if (open >= 0) continue
    if (singleOpen < 0) {
      if ((SINGLE_OPEN.has(t.text) || t.text === "'") && !touchesBefore(tokens, i) && touchesAfter(tokens, i)) singleOpen = i
    } else if ((SINGLE_CLOSE.has(t.text) || t.text === "'") && touchesBefore(tokens, i) && !wordAfter(tokens, i)) {
      spans.push({ open: singleOpen, close: i, closed: true, single: true, continuation: false })
      singleOpen = -1
    }
  }
  return spans
}

function isDouble(t: Token): boolean {
  return t.text === '"' || t.text === "''" || DOUBLE_OPEN.has(t.text) || DOUBLE_CLOSE.has(t.text)
}

function isDoubleOpening(tokens: Token[], i: number): boolean {
  const t = tokens[i]
  if (DOUBLE_OPEN.has(t.text)) return true
  if (DOUBLE_CLOSE.has(t.text)) return false
  // Straight mark: opening when it touches the next word and not the previous one.
  return touchesAfter(tokens, i) && (!touchesBefore(tokens, i) || /[([—–-]/.test(tokens[i - 1].text))
}

function touchesBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]
  return !!prev && prev.kind !== 'break' && prev.end === tokens[i].start
}

function touchesAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]
  return !!next && next.kind !== 'break' && next.start === tokens[i].end
}

function wordAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]
  return !!next && next.kind === 'word' && next.start === tokens[i].end
}

function firstTokenOfParagraph(tokens: Token[], i: number): number {
  while (i < tokens.length && tokens[i].kind === 'break') i++
  return i < tokens.length ? i : -1
}
