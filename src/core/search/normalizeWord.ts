/**
 * A word as the index compares it: lower case, accents folded ("Péskov" → "peskov"), apostrophes
 * dropped and a possessive removed ("Iran’s" → "iran", "don't" → "dont").
 */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase()
  // Only decompose when there is something to fold: most words are plain ASCII.
  if (/[\u0080-\uffff]/.test(w)) w = w.normalize('NFKD').replace(/\p{M}/gu, '')
  return w.replace(/['’]s$/, '').replace(/['’]/g, '')
}
