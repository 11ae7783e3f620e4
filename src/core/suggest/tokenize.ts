import type { Token } from './Token'

// One sticky-free global regex over the whole text keeps tokenizing linear and allocation-light:
// dotted abbreviations first ("U.S.", "D.C."), then words with inner hyphens, apostrophes and
// periods between digits ("3.5") or in a web address ("cnn.com"), then line breaks, then two straight apostrophes standing for a
// double quotation mark (archive and typewriter copy: ''We are ready,'' he said), then any
// other non-space character.
const TOKEN =
  /(\p{L}\.(?:\p{L}\.)+)|([\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*)|(\n)|('')|([^\s])/gu
/** A web address written as a name ("ouest-france.fr", "HealthCare.gov") keeps its periods. */
const DOMAIN = /\.(?:com|org|net|gov|edu|int|mil|info|news|io|co|uk|fr|de|it|es|ru|ca|au|nl|be|ch|ie|in|jp|cn)$/
const QUOTE_MARKS = new Set(['"', "''", '“', '”', '„', '‟', '«', '»', '‘', '’', '‚', '‛', "'", '‹', '›'])
const UPPER = /^\p{Lu}/u

function isUpper(text: string): boolean {
  const c = text.charCodeAt(0)
  if (c < 128) return c >= 65 && c <= 90
  return UPPER.test(text)
}

/** Splits text into tokens with their offsets; see Token. Linear in the length of the text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let para = 0
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index
    if (m[1] || m[2]) {
      let word = m[0]
      // "3.5" keeps its period, but a word never keeps an inner period otherwise: "end.Next".
      if (m[2] && word.includes('.') && !/^[\d.]+$/.test(word) && !DOMAIN.test(word)) {
        const cut = word.indexOf('.')
        word = word.slice(0, cut)
        TOKEN.lastIndex = start + cut
      }
      // Possessive 's is its own token so "Iran’s" yields the name "Iran".
      const n = word.length
      const poss = n > 3 && (word[n - 1] === 's' || word[n - 1] === 'S') && (word[n - 2] === '’' || word[n - 2] === "'")
      if (poss) {
        const w = word.slice(0, n - 2)
        tokens.push(makeToken(w, start, 'word', para))
        tokens.push(makeToken(word.slice(n - 2), start + w.length, 'poss', para))
      } else {
        tokens.push(makeToken(word, start, 'word', para))
      }
    } else if (m[3]) {
      // Blank lines do not count as paragraphs: "two paragraphs back" means two of text.
      const prev = tokens[tokens.length - 1]
      tokens.push(makeToken('\n', start, 'break', para))
      if (prev && prev.kind !== 'break') para++
    } else {
      const c = m[0]
      tokens.push(makeToken(c, start, QUOTE_MARKS.has(c) ? 'quote' : 'punct', para))
    }
  }
  return tokens
}

function makeToken(text: string, start: number, kind: Token['kind'], para: number): Token {
  return {
    text,
    lower: kind === 'word' || kind === 'poss' ? text.toLowerCase() : text,
    start,
    end: start + text.length,
    kind,
    cap: kind === 'word' && isUpper(text),
    para,
    sent: 0
  }
}
