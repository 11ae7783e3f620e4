import { editsOf } from './editsOf'
import { normalizeWord } from './normalizeWord'
import type { Clause } from './PostingIndex'
import type { SearchQuery } from './SearchQuery'
import type { Vocabulary } from './Vocabulary'

/** A half-typed word shorter than this matches whole words only: one letter starts half the index. */
export const MIN_PREFIX = 2
/** A whole word this long that nothing holds is taken for a typo: words one edit away match instead. */
export const MIN_FUZZY = 5
/** A completion of the word being typed counts less than the word itself. */
const COMPLETION_WEIGHT = 0.6
const TYPO_WEIGHT = 0.5

/** What the index is asked: clauses of alternative terms (all required), terms excluded, terms to highlight. */
export interface QueryPlan {
  clauses: Clause[]
  excluded: string[]
  /** The terms of the words (not phrases) a result may have matched: what its snippet and the opened article highlight. */
  highlight: Set<string>
}

/** What planning needs to know of the index. */
export interface TermLookup {
  hasTerm(term: string): boolean
}

function wholeWord(word: string, vocabulary: Vocabulary, index: TermLookup): Clause | null {
  const term = vocabulary.peek(word)
  if (!term) return null
  if (index.hasTerm(term) || term.length < MIN_FUZZY || !/^[a-z]+$/.test(term)) return { terms: [{ term, weight: 1 }] }
  const near = [...editsOf(term)].filter((t) => index.hasTerm(t))
  return near.length ? { terms: near.map((t) => ({ term: t, weight: TYPO_WEIGHT })) } : { terms: [{ term, weight: 1 }] }
}

/** The word being typed: itself as a whole word, and every known word it starts (by their terms). */
function typedWord(word: string, vocabulary: Vocabulary): Clause | null {
  const term = vocabulary.peek(word)
  if (word.length < MIN_PREFIX) return term ? { terms: [{ term, weight: 1 }] } : null
  const terms = term ? [{ term, weight: 1 }] : []
  for (const t of vocabulary.termsStartingWith(word)) if (t !== term) terms.push({ term: t, weight: COMPLETION_WEIGHT })
  return terms.length ? { terms } : null
}

/**
 * Turns a parsed search into index clauses: each word required (the last one, while typed, as
 * a prefix), each phrase's words required (the phrase itself is checked against the text
 * afterwards), excluded words subtracted. Null when nothing searchable is left (only stop
 * words, or only filters).
 */
export function planQuery(query: SearchQuery, vocabulary: Vocabulary, index: TermLookup): QueryPlan | null {
  const words = query.words.map(normalizeWord)
  const clauses: Clause[] = []
  words.forEach((word, i) => {
    const typing = query.prefixLast && i === words.length - 1
    // One letter just typed after other words narrows nothing yet: the results stay as they were.
    if (typing && word.length < MIN_PREFIX && words.length + query.phrases.length > 1) return
    const clause = typing ? typedWord(word, vocabulary) : wholeWord(word, vocabulary, index)
    if (clause) clauses.push(clause)
  })
  // A phrase's words are highlighted where the phrase stands, not wherever they occur.
  const highlight = new Set(clauses.flatMap((c) => c.terms.map((t) => t.term)))
  for (const phrase of query.phrases) {
    for (const word of phrase) {
      const term = vocabulary.peek(normalizeWord(word))
      if (term) clauses.push({ terms: [{ term, weight: 1 }] })
    }
  }
  if (clauses.length === 0) return null
  const excluded = query.excluded.flatMap((w) => vocabulary.peek(normalizeWord(w)) ?? [])
  return { clauses, excluded, highlight }
}
