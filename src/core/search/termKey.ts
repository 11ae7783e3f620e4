import { indexTerm } from './indexTerm'
import { normalizeWord } from './normalizeWord'

/** How a word compares in a phrase: its index term, or the word itself for a stop word ("of", "the"). */
export function termKey(word: string): string {
  return indexTerm(word) ?? normalizeWord(word)
}
