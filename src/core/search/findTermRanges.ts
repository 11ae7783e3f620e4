import { indexTerm } from './indexTerm'
import { termKey } from './termKey'
import { tokenizeWithOffsets } from './tokenize'

/** A highlighted run: `text.slice(from, to)`. */
export interface TextRange {
  from: number
  to: number
}

/** What to highlight: words whose index term is in `terms`, and whole phrases. */
export interface TermMatch {
  /** Index terms (stems) that matched: a search hit's `terms`. */
  terms: ReadonlySet<string>
  /** Phrases as typed, each as its words. */
  phrases: readonly (readonly string[])[]
}

/** How a word is read: its index term, and its phrase key (see termKey). The index passes its cached reading. */
export interface WordReader {
  term(word: string): string | null
  key(word: string): string | number
  /** A whole text read with these (readText), perhaps kept from before: the index keeps those it highlighted lately. */
  read?(text: string): TextReading
}

/** A text read word by word: each word's offsets (as tokenizeWithOffsets), index term and phrase key. */
export interface TextReading {
  starts: Int32Array
  ends: Int32Array
  terms: (string | null)[]
  /** Empty when read without them (a search without phrases needs none). */
  keys: (string | number)[]
}

const STEMMING: WordReader = { term: indexTerm, key: termKey }

/** Reads every word of a text with `reader` (their phrase keys too, unless `withKeys` is false): what findTermRanges looks at. */
export function readText(text: string, reader: WordReader = STEMMING, withKeys = true): TextReading {
  const tokens = tokenizeWithOffsets(text)
  const starts = new Int32Array(tokens.length)
  const ends = new Int32Array(tokens.length)
  const terms: (string | null)[] = new Array(tokens.length)
  const keys: (string | number)[] = withKeys ? new Array(tokens.length) : []
  tokens.forEach((t, i) => {
    starts[i] = t.start
    ends[i] = t.end
    terms[i] = reader.term(t.word)
    if (withKeys) keys[i] = reader.key(t.word)
  })
  return { starts, ends, terms, keys }
}

function phraseRanges(reading: TextReading, wanted: (string | number)[], out: TextRange[]): void {
  if (wanted.length === 0) return
  const { keys, starts, ends } = reading
  for (let i = 0; i + wanted.length <= keys.length; i++) {
    let j = 0
    while (j < wanted.length && keys[i + j] === wanted[j]) j++
    if (j === wanted.length) out.push({ from: starts[i]!, to: ends[i + wanted.length - 1]! })
  }
}

/**
 * Where a text matches a search: each word whose stem matched ("supported" for a search for
 * "supports"), and each phrase occurrence as one run. Sorted, overlaps merged.
 */
export function findTermRanges(text: string, match: TermMatch, reader: WordReader = STEMMING): TextRange[] {
  if (!text || (match.terms.size === 0 && match.phrases.length === 0)) return []
  const reading = reader.read ? reader.read(text) : readText(text, reader, match.phrases.length > 0)
  const ranges: TextRange[] = []
  if (match.terms.size) {
    const { terms, starts, ends } = reading
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!
      if (term !== null && match.terms.has(term)) ranges.push({ from: starts[i]!, to: ends[i]! })
    }
  }
  for (const phrase of match.phrases) phraseRanges(reading, phrase.map((w) => reader.key(w)), ranges)
  ranges.sort((a, b) => a.from - b.from || b.to - a.to)
  const merged: TextRange[] = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to)
    else merged.push({ ...r })
  }
  return merged
}
