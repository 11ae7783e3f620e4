import type { Token } from './Token'
import { COMMON_WORDS } from './lexicon/commonWords'
import { isAbbreviationPeriod } from './isAbbreviationPeriod'

/** A span of tokens [first, last] (inclusive) that forms one sentence. */
export interface Sentence {
  first: number
  last: number
}

/**
 * Splits tokens into sentences and writes each token's `sent` index. A sentence ends at a line
 * break (one paragraph per line), or at . ! ? followed by a capital, a quotation mark or the end —
 * unless the period closes an abbreviation or an initial ("Mr.", "F."). A closing quotation mark
 * right after the period stays in the sentence it closes.
 */
export function segmentSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = []
  let first = 0
  const close = (last: number): void => {
    if (last >= first) sentences.push({ first, last })
    for (let k = first; k <= last; k++) tokens[k].sent = sentences.length - 1
    first = last + 1
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t.kind === 'break') {
      close(i - 1)
      tokens[i].sent = Math.max(0, sentences.length - 1)
      first = i + 1
      continue
    }
    let ends = false
    if (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…')) {
      if (!isAbbreviationPeriod(tokens, i)) ends = true
    } else if (t.kind === 'word' && /\.$/.test(t.text) && t.text.length > 2) {
      // "U.S." at the end of a sentence: the next word is a common sentence opener.
      const next = tokens[i + 1]
      if (!next || next.kind === 'break' || (next.kind === 'word' && next.cap && COMMON_WORDS.has(next.lower))) ends = true
    }
    if (!ends) continue
    // Keep closing quotes and brackets with the sentence they close.
    let j = i
    while (j + 1 < tokens.length && (tokens[j + 1].kind === 'quote' || tokens[j + 1].text === ')') && isClosing(tokens, j + 1)) j++
    const next = tokens[j + 1]
    if (!next || next.kind === 'break' || next.cap || next.kind === 'quote' || /^[\d(\-–—"“‘]/.test(next.text)) {
      close(j)
      i = j
    }
  }
  close(tokens.length - 1)
  return sentences
}

/** A quotation mark closes when it touches the text before it and not the text after it. */
function isClosing(tokens: Token[], i: number): boolean {
  const t = tokens[i]
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  if (t.text === '“' || t.text === '‘' || t.text === '«' || t.text === '„') return false
  return !!prev && prev.end === t.start && (!next || next.start > t.end || next.kind !== 'word')
}
