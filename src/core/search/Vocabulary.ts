import { termOfNormalized } from './indexTerm'
import { normalizeWord } from './normalizeWord'

/** How the index reads a word as written: its term (null for a stop word) and the id of its phrase key. */
export interface WordReading {
  term: string | null
  /** Id of the word's phrase key (its term, or the word itself for a stop word): see termKey. */
  key: number
}

/**
 * Every word the index has seen: normalised and sorted, with its index term, to stem each
 * distinct word once and to complete a half-typed word to the terms it may become (the index
 * holds stems, and a prefix can run past its word's stem: "governm" starts "government", whose
 * stem is "govern"); and the numbering of phrase keys that articles' word sequences are written
 * in. Words are never removed: a word no article holds any longer matches nothing.
 */
export class Vocabulary {
  /** Normalised word → index term (null for a stop word). */
  private readonly words = new Map<string, string | null>()
  /** The same keyed by the word as written ("Iran’s"), with its key id, so the common case skips normalising. */
  private readonly written = new Map<string, WordReading>()
  /** Phrase key → id (from 1; 0 is never used). */
  private readonly keyIds = new Map<string, number>()
  private readonly keys: string[] = ['']
  /** Sorted normalised words, made on first use and kept sorted by insertion afterwards. */
  private sorted: string[] | null = null

  constructor(words: Iterable<string> = [], keys: Iterable<string> = []) {
    for (const k of keys) this.idOf(k)
    for (const w of words) this.termOf(w)
  }

  get size(): number {
    return this.words.size
  }

  /** Phrase keys numbered so far: it grows as articles bring new words (a word's key is -1 before). */
  get keyCount(): number {
    return this.keys.length - 1
  }

  /** The index term of a normalised word (see indexTerm), remembering the word. */
  termOf(word: string): string | null {
    const known = this.words.get(word)
    if (known !== undefined) return known
    const term = termOfNormalized(word)
    this.words.set(word, term)
    if (this.sorted) this.sorted.splice(lowerBound(this.sorted, word), 0, word)
    return term
  }

  /** The term of a normalised word, without remembering it (for query words). */
  peek(word: string): string | null {
    const known = this.words.get(word)
    return known !== undefined ? known : termOfNormalized(word)
  }

  private idOf(key: string): number {
    let id = this.keyIds.get(key)
    if (id === undefined) {
      id = this.keys.length
      this.keys.push(key)
      this.keyIds.set(key, id)
    }
    return id
  }

  /** The term and key id of a word as written in a text. */
  read(word: string): WordReading {
    const known = this.written.get(word)
    if (known) return known
    const normalized = normalizeWord(word)
    const term = this.termOf(normalized)
    const reading = { term, key: this.idOf(term ?? normalized) }
    this.written.set(word, reading)
    return reading
  }

  /** `read` without remembering anything new: a word no article held gets key -1. */
  lookup(word: string): WordReading {
    const known = this.written.get(word)
    if (known) return known
    const normalized = normalizeWord(word)
    const term = this.peek(normalized)
    return { term, key: this.keyIds.get(term ?? normalized) ?? -1 }
  }

  /** The key id of a query word (normalised), undefined when no article ever held it. */
  keyOf(word: string): number | undefined {
    return this.keyIds.get(this.peek(word) ?? word)
  }

  /** Sorts the words for completion now rather than on the first half-typed word. */
  prepare(): void {
    this.sorted ??= [...this.words.keys()].sort()
  }

  /**
   * The terms of the known words starting with `prefix` (normalised), at most `limit` words
   * looked at, in alphabetical order of the words.
   */
  termsStartingWith(prefix: string, limit = 20_000): string[] {
    this.prepare()
    const sorted = this.sorted!
    const out = new Set<string>()
    for (let i = lowerBound(sorted, prefix), n = 0; i < sorted.length && n < limit; i++, n++) {
      const w = sorted[i]!
      if (!w.startsWith(prefix)) break
      const term = this.words.get(w)
      if (term) out.add(term)
    }
    return [...out]
  }

  /** What a snapshot keeps: the words, and the phrase keys in id order. */
  toJSON(): { words: string[]; keys: string[] } {
    return { words: [...this.words.keys()], keys: this.keys.slice(1) }
  }
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < key) lo = mid + 1
    else hi = mid
  }
  return lo
}
