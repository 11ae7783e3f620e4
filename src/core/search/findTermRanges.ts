import { indexTerm } from './indexTerm'
import { termKey } from './termKey'
import { tokenizeWithOffsets, type Token } from './tokenize'

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
}

const STEMMING: WordReader = { term: indexTerm, key: termKey }

function phraseRanges(tokens: Token[], keys: (string | number)[], wanted: (string | number)[], out: TextRange[]): void {
  if (wanted.length === 0) return
  for (let i = 0; i + wanted.length <= keys.length; i++) {
    let j = 0
    while (j < wanted.length && keys[i + j] === wanted[j]) j++
    if (j === wanted.length) out.push({ from: tokens[i]!.start, to: tokens[i + wanted.length - 1]!.end })
  }
}

/**
 * Where a text matches a search: each word whose stem matched ("supported" for a search for
 * "supports"), and each phrase occurrence as one run. Sorted, overlaps merged.
 */
export function findTermRanges(text: string, match: TermMatch, reader: WordReader = STEMMING): TextRange[] {
  if (!text || (match.terms.size === 0 && match.phrases.length === 0)) return []
  const tokens = tokenizeWithOffsets(text)
  const ranges: TextRange[] = []
  if (match.terms.size) {
    for (const t of tokens) {
      const term = reader.term(t.word)
      if (term !== null && match.terms.has(term)) ranges.push({ from: t.start, to: t.end })
    }
  }
  if (match.phrases.length) {
    const keys = tokens.map((t) => reader.key(t.word))
    for (const phrase of match.phrases) phraseRanges(tokens, keys, phrase.map((w) => reader.key(w)), ranges)
  }
  ranges.sort((a, b) => a.from - b.from || b.to - a.to)
  const merged: TextRange[] = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to)
    else merged.push({ ...r })
  }
  return merged
}
