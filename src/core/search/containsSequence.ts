/**
 * Where `words` first holds `phrase` as a run of consecutive entries starting at `from` or
 * later: the start of that run, or -1. `anchor` is the index in the phrase of the entry to look
 * for first: the rarest one finds fewest false starts.
 */
export function findSequence(words: Uint16Array | Uint32Array, phrase: readonly number[], anchor = 0, from = 0): number {
  const n = phrase.length
  if (n === 0) return from <= words.length ? from : -1
  const key = phrase[anchor]!
  const last = words.length - n + anchor
  // The built-in indexOf finds the anchor far faster than a loop over every entry.
  for (let i = words.indexOf(key, from + anchor); i !== -1 && i <= last; i = words.indexOf(key, i + 1)) {
    const start = i - anchor
    let j = 0
    while (j < n && words[start + j] === phrase[j]) j++
    if (j === n) return start
  }
  return -1
}

/**
 * Whether `words` holds `phrase` as a run of consecutive entries. `anchor` is the index in the
 * phrase of the entry to look for first: the rarest one finds fewest false starts.
 */
export function containsSequence(words: Uint16Array | Uint32Array, phrase: readonly number[], anchor = 0): boolean {
  return findSequence(words, phrase, anchor) >= 0
}
