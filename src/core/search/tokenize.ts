/** A word of a text and where it is: `text.slice(start, end) === word`. */
export interface Token {
  word: string
  start: number
  end: number
}

/** 1: part of a word, 2: not; 0: not looked up yet. Filled lazily for characters past ASCII. */
const WORD_CHAR = new Uint8Array(0x10000)
for (let c = 0; c < 128; c++) {
  WORD_CHAR[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2
}
const LETTER = /[\p{L}\p{N}\p{M}]/u

function isWordChar(c: number): boolean {
  let kind = WORD_CHAR[c]!
  if (kind === 0) WORD_CHAR[c] = kind = LETTER.test(String.fromCharCode(c)) ? 1 : 2
  return kind === 1
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019

/**
 * Calls `visit` for each word of the text: runs of letters, digits and combining marks, joined
 * by an apostrophe between two word characters ("Iran’s", "don't"). Hyphens, dots and all other
 * characters split words. A hand-written loop: it runs over every word of the library.
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length
  let i = 0
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    i++
    for (;;) {
      while (i < n && isWordChar(text.charCodeAt(i))) i++
      if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i + 1))) i += 2
      else break
    }
    visit(start, i)
  }
}

/** The words of a text with their offsets (JavaScript string indices, end exclusive). */
export function tokenizeWithOffsets(text: string): Token[] {
  const out: Token[] = []
  forEachWord(text, (start, end) => out.push({ word: text.slice(start, end), start, end }))
  return out
}

/** The words of a text, without offsets. */
export function tokenize(text: string): string[] {
  const out: string[] = []
  forEachWord(text, (start, end) => out.push(text.slice(start, end)))
  return out
}
