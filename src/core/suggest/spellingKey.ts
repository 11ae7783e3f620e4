/**
 * A rough sound-alike key for a name word, so transliteration slips meet: Araqchi/Arakchi,
 * Gaddafi/Gadafi, Tchaikovsky/Chaikovsky, Zelensky/Zelenskyy.
 * Not a real phonetic algorithm; it only has to make near-identical spellings collide.
 */
export function spellingKey(word: string): string {
  let k = word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
  k = k
    .replace(/^tch/, 'ch')
    .replace(/ph/g, 'f')
    .replace(/ck|q|c(?=[aou])|kh/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/dh/g, 'd')
    .replace(/th/g, 't')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/z/g, 's')
    .replace(/ou|oo/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/(.)\1+/g, '$1')
  return k
}
