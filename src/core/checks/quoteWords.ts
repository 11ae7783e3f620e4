/**
 * The words of a quotation as compared across headline and body: accents, case and the style of
 * apostrophes, hyphens and abbreviation points do not count (“U.S.” = “US”, “Iran’s” = “Iran's”,
 * “cease-fire” = “ceasefire”); punctuation and quotation marks are dropped.
 */
export function quoteWords(text: string): string[] {
  let folded = text.toLowerCase()
  // Accents and curly apostrophes only outside ASCII, which most copy is: skip the costly part.
  if (/[^ -~]/.test(folded)) folded = folded.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[’‘ʼ`´]/g, "'")
  const words = folded.match(/[\p{L}\p{N}]+(?:['.\u2010\u2011-][\p{L}\p{N}]+)*/gu) ?? []
  return words.map((w) => (/['.\u2010\u2011-]/.test(w) ? w.replace(/['.\u2010\u2011-]/g, '') : w))
}

/**
 * A quotation split where the writer marked words left out or added: an ellipsis (… or ...)
 * or an editor's insertion in square brackets. Each part is compared on its own, in order.
 */
export function quoteSegments(text: string): string[][] {
  return text
    .split(/\s*(?:…|\.\s?\.\s?\.|\[[^\]]*\])\s*/u)
    .map(quoteWords)
    .filter((s) => s.length > 0)
}

/** Index of `part` in `words` at or after `from`, or -1. */
function indexOfWords(words: string[], part: string[], from: number): number {
  for (let i = from; i + part.length <= words.length; i++) if (startsAt(words, part, i)) return i
  return -1
}

/** Whether `part` occurs in `words` at `i`. */
function startsAt(words: string[], part: string[], i: number): boolean {
  if (i + part.length > words.length) return false
  for (let j = 0; j < part.length; j++) if (words[i + j] !== part[j]) return false
  return true
}

/**
 * Whether a quotation's segments occur in `words` in order, each as a contiguous run: the
 * quotation is the passage, a part of it, or parts of it with the gaps marked by ellipses.
 * With `at`, the first segment must start exactly there.
 */
export function matchesSegments(words: string[], segments: string[][], at?: number): boolean {
  if (!segments.length) return false
  let from = 0
  for (const [n, part] of segments.entries()) {
    const found = n === 0 && at !== undefined ? (startsAt(words, part, at) ? at : -1) : indexOfWords(words, part, from)
    if (found < 0) return false
    from = found + part.length
  }
  return true
}
