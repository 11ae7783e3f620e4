/**
 * Whether `words` holds `phrase` as a run of consecutive entries. `anchor` is the index in the
 * phrase of the entry to look for first: the rarest one finds fewest false starts.
 */
export function containsSequence(words: Uint16Array | Uint32Array, phrase: readonly number[], anchor = 0): boolean {
  const n = phrase.length
  if (n === 0) return true
  const key = phrase[anchor]!
  const last = words.length - n + anchor
  // The built-in indexOf finds the anchor far faster than a loop over every entry.
  for (let i = words.indexOf(key, anchor); i !== -1 && i <= last; i = words.indexOf(key, i + 1)) {
    const start = i - anchor
    let j = 0
    while (j < n && words[start + j] === phrase[j]) j++
    if (j === n) return true
  }
  return false
}
