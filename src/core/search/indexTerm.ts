import { normalizeWord } from './normalizeWord'
import { stem } from './stem'
import { STOP_WORDS } from './stopWords'

/** Longer "words" are hashes, URLs run together or base64: nothing a desk searches for. */
const MAX_WORD = 40

/** indexTerm of a word already normalised (normalizeWord). */
export function termOfNormalized(word: string): string | null {
  if (!word || word.length > MAX_WORD || STOP_WORDS.has(word)) return null
  return /^[a-z]+$/.test(word) ? stem(word) : word
}

/**
 * The term a word is indexed (and searched) under: its normalised Porter stem, or null for a
 * stop word or junk. Words with digits or letters beyond a–z are kept as they are ("2026", "g7").
 */
export function indexTerm(word: string): string | null {
  return termOfNormalized(normalizeWord(word))
}
