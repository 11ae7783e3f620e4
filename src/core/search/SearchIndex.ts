import type { ResolvedFilters } from './compileFilters'
import { FacetColumns } from './FacetColumns'
import type { TextReading, WordReader } from './findTermRanges'
import { normalizeWord } from './normalizeWord'
import { PhraseMemos, type PhraseMemo, type WordSequence } from './PhraseMemo'
import { planQuery, type QueryPlan } from './planQuery'
import { PostingIndex, type PackedPostings } from './PostingIndex'
import { forEachWord } from './tokenize'
import type { SearchEntry, SearchFacets } from './SearchDoc'
import type { SearchQuery } from './SearchQuery'
import { Vocabulary } from './Vocabulary'

/**
 * Version of what the index holds and how (fields and weights, tokenizer, stemmer, stop words,
 * snapshot shape). A persisted index of another format is rebuilt from the store, never read.
 */
export const SEARCH_FORMAT = 1

/** How much a word weighs by where it stands (10: plain body text). Quotes are also in the body. */
const WEIGHTS = { headline: 30, body: 10, quotes: 15, captions: 12, credits: 10 } as const

export type SearchSort = 'relevance' | 'date'

/** Every article found, best (or newest) first, and what to highlight in them. */
export interface SearchOutcome {
  ids: string[]
  plan: QueryPlan | null
}

/** SearchOutcome as slots of the index (see SearchIndex.idAt): what the worker sends the page. */
export interface SlotOutcome {
  slots: Int32Array
  plan: QueryPlan | null
}

/** Slots are packed below scores and dates in one sort key (up to a million articles). */
const SLOT_BITS = 2 ** 20

/** Texts whose reading (words, offsets, terms) is kept for highlighting: the rows in view and some. */
const READINGS_KEPT = 256

/** Per article: facets, the version indexed (see SearchIndex.put), and its word sequence. */
interface Stored {
  facets: SearchFacets
  version: string
  words: WordSequence
}

function toSequence(ids: number[]): WordSequence {
  let max = 0
  for (const id of ids) if (id > max) max = id
  return max < 0x10000 ? Uint16Array.from(ids) : Uint32Array.from(ids)
}

/** What an index persists and is restored from: flat arrays, cheap to store in IndexedDB. */
export interface IndexSnapshot {
  format: number
  postings: PackedPostings
  facets: SearchFacets[]
  versions: string[]
  words: WordSequence[]
  vocabulary: { words: string[]; keys: string[] }
}

/**
 * The full-text index of the library: an inverted index (BM25) over headline, body, quotes,
 * captions and credits by Porter stem, with every article's facets for the filters. Pure: the
 * search worker feeds it from the store and persists its snapshot; tests and the bench drive it.
 */
export class SearchIndex {
  /** The facets as columns, for the filters (kept in step with the postings' slots). */
  private readonly columns = new FacetColumns()
  /** The postings' layout the columns were built for (see syncColumns). */
  private columnsLayout = -1
  private readonly phraseMemos = new PhraseMemos()
  /** Texts read lately for highlighting, by text (see reader.read). */
  private readonly readings = new Map<string, TextReading>()
  private readingsStamp = -1

  private constructor(
    private readonly postings: PostingIndex<Stored>,
    private readonly vocabulary: Vocabulary
  ) {
    this.syncColumns()
  }

  /** Builds the facet columns again when the postings renumbered their slots (or never had them). */
  private syncColumns(): void {
    const index = this.postings
    if (this.columnsLayout === index.layout) return
    this.columns.reset()
    for (let slot = 0; slot < index.slotCount; slot++) {
      const stored = index.dataAt(slot)
      if (stored) this.columns.set(slot, stored.facets)
    }
    this.columnsLayout = index.layout
  }

  static create(): SearchIndex {
    return new SearchIndex(new PostingIndex(), new Vocabulary())
  }

  /** Restores a persisted index; throws when it is of another format or does not hold together. */
  static fromSnapshot(snapshot: IndexSnapshot): SearchIndex {
    if (snapshot?.format !== SEARCH_FORMAT) throw new Error(`search index format ${String(snapshot?.format)}, expected ${SEARCH_FORMAT}`)
    const { facets, versions, words, vocabulary } = snapshot
    if (!Array.isArray(facets) || !Array.isArray(versions) || !Array.isArray(words) || facets.length !== versions.length || words.length !== facets.length) {
      throw new Error('search index: facets do not match')
    }
    const data = facets.map((f, i) => ({ facets: f, version: versions[i]!, words: words[i]! }))
    const keys = vocabulary.keys.length
    for (const w of words) if (!ArrayBuffer.isView(w) || w.some((id) => id > keys)) throw new Error('search index: a word sequence is damaged')
    return new SearchIndex(PostingIndex.unpack({ ...snapshot.postings, data }), new Vocabulary(vocabulary.words, vocabulary.keys))
  }

  get size(): number {
    return this.postings.size
  }

  /**
   * Reads words as this index does, from its cache: for highlighting its results. Whole texts
   * are read once and kept a while (the rows shown stay much the same from keystroke to
   * keystroke), until the vocabulary takes new words (a word's key may then change).
   */
  readonly reader: WordReader = {
    term: (word) => this.vocabulary.lookup(word).term,
    key: (word) => this.vocabulary.lookup(word).key,
    read: (text) => {
      if (this.readingsStamp !== this.vocabulary.keyCount) {
        this.readings.clear()
        this.readingsStamp = this.vocabulary.keyCount
      }
      let reading = this.readings.get(text)
      if (reading) {
        this.readings.delete(text)
      } else {
        reading = this.readText(text)
        if (this.readings.size >= READINGS_KEPT) this.readings.delete(this.readings.keys().next().value!)
      }
      this.readings.set(text, reading)
      return reading
    }
  }

  /** readText with this index's vocabulary: one look-up per word for its term and its key. */
  private readText(text: string): TextReading {
    const starts: number[] = []
    const ends: number[] = []
    const terms: (string | null)[] = []
    const keys: number[] = []
    forEachWord(text, (start, end) => {
      const reading = this.vocabulary.lookup(text.slice(start, end))
      starts.push(start)
      ends.push(end)
      terms.push(reading.term)
      keys.push(reading.key)
    })
    return { starts: Int32Array.from(starts), ends: Int32Array.from(ends), terms, keys }
  }

  /** The id of the article in a slot (see searchSlots); '' for a slot left empty. */
  idAt(slot: number): string {
    return this.postings.idAt(slot)
  }

  /** Slots handed out so far: every slot a search returns is below it. */
  get slotCount(): number {
    return this.postings.slotCount
  }

  /**
   * Renumberings of the slots so far (after removals, when the index compacts or is saved): the
   * slots a search returns are read with the id table (idAt) of the same layout.
   */
  get layout(): number {
    return this.postings.layout
  }

  /** Does now the work the first search would otherwise wait for (sorting the vocabulary for completion). */
  prepare(): void {
    this.vocabulary.prepare()
  }

  get termCount(): number {
    return this.postings.termCount
  }

  get postingCount(): number {
    return this.postings.postingCount
  }

  /** The version of the article last put; undefined when it is not in the index. */
  version(id: string): string | undefined {
    return this.postings.dataOf(id)?.version
  }

  facetsOf(id: string): SearchFacets | undefined {
    return this.postings.dataOf(id)?.facets
  }

  /** Every article id with the version indexed. */
  *versions(): IterableIterator<[string, string]> {
    for (const [id, stored] of this.postings.entries()) yield [id, stored.version]
  }

  /** Adds or replaces an article. `version` names this state of it (its updatedAt, say) for later comparison. */
  put(entry: SearchEntry, version: string): void {
    const { doc } = entry
    const fields = [
      { text: doc.headline, weight: WEIGHTS.headline },
      { text: doc.body, weight: WEIGHTS.body },
      { text: doc.quotes, weight: WEIGHTS.quotes },
      { text: doc.captions, weight: WEIGHTS.captions },
      { text: doc.credits, weight: WEIGHTS.credits }
    ]
    const sequence: number[] = []
    const stored: Stored = { facets: entry.facets, version, words: new Uint16Array(0) }
    const old = this.postings.slotOfId(doc.id)
    if (old !== undefined) this.columns.clear(old)
    const slot = this.postings.add(doc.id, fields, stored, (word) => {
      const reading = this.vocabulary.read(word)
      sequence.push(reading.key)
      return reading.term
    })
    stored.words = toSequence(sequence)
    // Replacing it may have compacted the slots: then the columns are built again, with this one.
    if (this.columnsLayout === this.postings.layout) this.columns.set(slot, entry.facets)
    else this.syncColumns()
  }

  remove(id: string): void {
    const slot = this.postings.slotOfId(id)
    if (slot === undefined) return
    this.columns.clear(slot)
    this.postings.remove(id)
    this.syncColumns()
  }

  /** Every live article matching the words, phrases and filters, best first or newest first. */
  search(query: SearchQuery, resolved: ResolvedFilters, sort: SearchSort = 'relevance'): SearchOutcome {
    const { slots, plan } = this.searchSlots(query, resolved, sort)
    const ids: string[] = new Array(slots.length)
    for (let i = 0; i < slots.length; i++) ids[i] = this.postings.idAt(slots[i]!)
    return { ids, plan }
  }

  /** `search`, with the articles as their slots (read with idAt, at the same layout). */
  searchSlots(query: SearchQuery, resolved: ResolvedFilters, sort: SearchSort = 'relevance'): SlotOutcome {
    this.syncColumns()
    const index = this.postings
    const mask = this.columns.mask(query.filters, resolved, index.slotCount)
    const plan = planQuery(query, this.vocabulary, this.postings)
    const phrases = this.phraseMemosOf(query.phrases)
    const keep =
      phrases === null || phrases.length === 0
        ? (slot: number): boolean => mask[slot] === 1
        : (slot: number): boolean => {
            if (mask[slot] !== 1) return false
            const words = index.dataAt(slot)!.words
            for (const p of phrases) if (!p.has(slot, words)) return false
            return true
          }
    let slots: Int32Array
    let scores: Float64Array | null = null
    if (phrases === null) {
      slots = new Int32Array(0) // a word no article holds: no article holds the phrase
    } else if (plan) {
      ;({ slots, scores } = index.search(plan.clauses, plan.excluded, keep))
    } else if (query.words.length + query.phrases.length > 0) {
      slots = new Int32Array(0) // only stop words: nothing to look for
    } else {
      const all = new Int32Array(index.slotCount)
      let n = 0
      for (let slot = 0; slot < index.slotCount; slot++) if (index.dataAt(slot) && keep(slot)) all[n++] = slot
      slots = all.subarray(0, n)
    }
    return { slots: this.order(slots, sort === 'relevance' ? scores : null), plan }
  }

  /** What is known of each phrase (see PhraseMemo); null when one holds a word no article holds. */
  private phraseMemosOf(phrases: readonly string[][]): PhraseMemo[] | null {
    const keyed = this.phraseKeys(phrases)
    if (keyed.some((p) => p.keys.includes(-1))) return null
    const index = this.postings
    return keyed.map((p) => this.phraseMemos.get(p.keys, p.anchor, index.generation, index.slotCount))
  }

  /** Phrases as key ids (-1 for a word no article holds), each with its rarest word as the anchor to look for. */
  private phraseKeys(phrases: readonly string[][]): { keys: number[]; anchor: number }[] {
    return phrases.map((words) => {
      const normalized = words.map(normalizeWord)
      const keys = normalized.map((w) => this.vocabulary.keyOf(w) ?? -1)
      let anchor = 0
      let rarest = Infinity
      normalized.forEach((w, i) => {
        const term = this.vocabulary.peek(w)
        // A stop word is everywhere: never the anchor while another word is there.
        const df = term ? this.postings.documentFrequency(term) : Number.MAX_SAFE_INTEGER
        if (df < rarest) {
          rarest = df
          anchor = i
        }
      })
      return { keys, anchor }
    })
  }

  /**
   * The slots, best score first (newest first on equal scores or without scores). The order is
   * one numeric sort of packed keys rather than a comparator over objects: thousands of results
   * are sorted per keystroke.
   */
  private order(slots: Int32Array, scores: Float64Array | null): Int32Array {
    const index = this.postings
    const columns = this.columns
    if (index.slotCount >= SLOT_BITS) {
      const list = Array.from(slots)
      const date = (slot: number): number => columns.dateAt(slot)
      list.sort((a, b) => (scores ? scores[b]! - scores[a]! : 0) || date(b) - date(a))
      return Int32Array.from(list)
    }
    const keys = new Float64Array(slots.length)
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!
      // Scores to 1e-4 (ties broken by slot: later slots were saved later); dates to the second.
      const major = scores ? Math.round(scores[slot]! * 1e4) : Math.floor(columns.dateAt(slot) / 1000)
      keys[i] = -(major * SLOT_BITS + slot)
    }
    keys.sort()
    const ordered = new Int32Array(keys.length)
    for (let i = 0; i < keys.length; i++) ordered[i] = -keys[i]! % SLOT_BITS
    return ordered
  }

  snapshot(): IndexSnapshot {
    const { data, ...postings } = this.postings.pack()
    return {
      format: SEARCH_FORMAT,
      postings,
      facets: data.map((d) => d.facets),
      versions: data.map((d) => d.version),
      words: data.map((d) => d.words),
      vocabulary: this.vocabulary.toJSON()
    }
  }
}
