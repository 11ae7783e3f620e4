import { forEachWord } from './tokenize'

/** One field of a document: its text and how much a word in it weighs (10 = plain body text). */
export interface WeightedText {
  text: string
  weight: number
}

/** A group of alternative terms, at least one of which a document must hold ("sup…" → support, supply). */
export interface Clause {
  terms: { term: string; weight: number }[]
}

/** The index's arrays, flat, for a snapshot (see PostingIndex.pack). */
export interface PackedPostings {
  /** Terms joined by "\n" (a term never holds whitespace). */
  terms: string
  /** Start of each term's postings in `postings`, plus the end: terms + 1 entries. */
  offsets: Int32Array
  /** Pairs of (document slot, weighted frequency). */
  postings: Int32Array
  ids: string[]
  lengths: Int32Array
}

const K1 = 1.2
const B = 0.75
/** Frequencies are stored times 10 (integer field weights: 30 for a headline word, 10 for body). */
const TF_SCALE = 10

/**
 * An inverted index over flat arrays: per term, the documents holding it and how often (weighted
 * by field), scored with BM25. Documents get increasing slot numbers, so every term's list stays
 * sorted; a removed document leaves a hole that `compact` closes. `T` is data kept per document
 * (the search facets), looked up by slot while scoring.
 */
export class PostingIndex<T> {
  private readonly postings = new Map<string, number[]>()
  private ids: string[] = []
  private lengths: number[] = []
  private data: (T | undefined)[] = []
  private readonly slotOf = new Map<string, number>()
  private totalLength = 0
  private holes = 0
  private scores = new Float64Array(0)
  private counts = new Uint8Array(0)
  private lastClause = new Int16Array(0)
  private found = new Int32Array(0)
  /** Bumped by every change (a document added or removed, the slots renumbered): what was worked out from the index before is stale. */
  private changes = 0
  /** Bumped when the slots are renumbered (compact): slot numbers handed out before mean other documents now. */
  private renumberings = 0

  get size(): number {
    return this.slotOf.size
  }

  get termCount(): number {
    return this.postings.size
  }

  /** Postings held, holes included (what memory grows with). */
  get postingCount(): number {
    let n = 0
    for (const p of this.postings.values()) n += p.length / 2
    return n
  }

  has(id: string): boolean {
    return this.slotOf.has(id)
  }

  /** Changes so far: anything worked out from the index (phrase matches, filter columns) holds while this stays the same. */
  get generation(): number {
    return this.changes
  }

  /** Renumberings of the slots so far: slot numbers (and a copy of the id table) hold while this stays the same. */
  get layout(): number {
    return this.renumberings
  }

  /** The slot of a document; undefined when it is not in the index. */
  slotOfId(id: string): number | undefined {
    return this.slotOf.get(id)
  }

  dataOf(id: string): T | undefined {
    const slot = this.slotOf.get(id)
    return slot === undefined ? undefined : this.data[slot]
  }

  /** Documents holding the term, holes included. */
  documentFrequency(term: string): number {
    return (this.postings.get(term)?.length ?? 0) / 2
  }

  hasTerm(term: string): boolean {
    return this.postings.has(term)
  }

  *entries(): IterableIterator<[string, T]> {
    for (const [id, slot] of this.slotOf) yield [id, this.data[slot]!]
  }

  /**
   * Adds a document (replacing one of the same id). `termOf` turns each word as written, in
   * order, into its term (null: not indexed); it sees every word once, so callers can keep their
   * own reading of the text (the word sequence for phrases) in the same pass. Returns its slot.
   */
  add(id: string, fields: readonly WeightedText[], data: T, termOf: (word: string) => string | null): number {
    this.remove(id)
    const slot = this.ids.length
    const tf = new Map<string, number>()
    let length = 0
    for (const { text, weight } of fields) {
      forEachWord(text, (start, end) => {
        const term = termOf(text.slice(start, end))
        if (term === null) return
        tf.set(term, (tf.get(term) ?? 0) + weight)
        length += weight
      })
    }
    for (const [term, f] of tf) {
      const list = this.postings.get(term)
      if (list) list.push(slot, f)
      else this.postings.set(term, [slot, f])
    }
    this.ids.push(id)
    this.lengths.push(length)
    this.data.push(data)
    this.slotOf.set(id, slot)
    this.totalLength += length
    this.norms = null
    this.changes++
    return slot
  }

  /** Replaces a document's data without touching its text. */
  setData(id: string, data: T): boolean {
    const slot = this.slotOf.get(id)
    if (slot === undefined) return false
    this.data[slot] = data
    this.changes++
    return true
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id)
    if (slot === undefined) return
    this.slotOf.delete(id)
    this.ids[slot] = ''
    this.data[slot] = undefined
    this.totalLength -= this.lengths[slot]!
    this.holes++
    this.norms = null
    this.changes++
    if (this.holes > 1000 && this.holes > this.ids.length / 4) this.compact()
  }

  /** Closes the holes removed documents left: renumbers the slots and drops their postings. */
  compact(): void {
    if (this.holes === 0) return
    const remap = new Int32Array(this.ids.length).fill(-1)
    const ids: string[] = []
    const lengths: number[] = []
    const data: (T | undefined)[] = []
    this.ids.forEach((id, slot) => {
      if (id === '') return
      remap[slot] = ids.length
      this.slotOf.set(id, ids.length)
      ids.push(id)
      lengths.push(this.lengths[slot]!)
      data.push(this.data[slot])
    })
    for (const [term, list] of this.postings) {
      const kept: number[] = []
      for (let k = 0; k < list.length; k += 2) {
        const to = remap[list[k]!]!
        if (to >= 0) kept.push(to, list[k + 1]!)
      }
      if (kept.length) this.postings.set(term, kept)
      else this.postings.delete(term)
    }
    this.ids = ids
    this.lengths = lengths
    this.data = data
    this.holes = 0
    this.changes++
    this.renumberings++
  }

  /** BM25's length normalisation per slot, K1·(1 − B + B·length/average), kept until a document comes or goes. */
  private norms: Float64Array | null = null

  private lengthNorms(): Float64Array {
    if (this.norms && this.norms.length === this.ids.length) return this.norms
    const avg = this.totalLength / this.size || 1
    const norms = new Float64Array(this.ids.length)
    for (let slot = 0; slot < norms.length; slot++) norms[slot] = K1 * (1 - B + (B * this.lengths[slot]!) / avg)
    this.norms = norms
    return norms
  }

  private buffers(slots: number): void {
    if (this.scores.length < slots) {
      const size = Math.max(slots, this.scores.length * 2, 1024)
      this.scores = new Float64Array(size)
      this.counts = new Uint8Array(size)
      this.lastClause = new Int16Array(size)
    }
    this.scores.fill(0, 0, slots)
    this.counts.fill(0, 0, slots)
    this.lastClause.fill(-1, 0, slots)
  }

  /** The number of slots (documents and holes): every slot number is below it. */
  get slotCount(): number {
    return this.ids.length
  }

  idAt(slot: number): string {
    return this.ids[slot]!
  }

  /** The data of a live slot; undefined for a hole. */
  dataAt(slot: number): T | undefined {
    return this.data[slot]
  }

  /**
   * Documents holding at least one term of every clause and none of `excluded`, that `keep`
   * accepts (asked with the slot, for live documents only): their slots in slot order, and BM25
   * scores by slot (a term's weight multiplies its score). Both arrays are reused by the next
   * search: read them before searching again.
   */
  search(clauses: readonly Clause[], excluded: readonly string[], keep: (slot: number) => boolean): { slots: Int32Array; scores: Float64Array } {
    const slots = this.ids.length
    if (clauses.length === 0 || clauses.length > 255 || this.size === 0) return { slots: new Int32Array(0), scores: this.scores }
    this.buffers(slots)
    const { scores, counts, lastClause } = this
    const norms = this.lengthNorms()
    const n = this.size
    for (let c = 0; c < clauses.length; c++) {
      for (const { term, weight } of clauses[c]!.terms) {
        const list = this.postings.get(term)
        if (!list) continue
        // Postings of removed documents stay until compaction: never count more than there are documents
        // (a term in nearly every article would otherwise weigh less than nothing, and its results sort wrong).
        const df = Math.min(list.length / 2, n)
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5)) * weight * (K1 + 1)
        for (let k = 0; k < list.length; k += 2) {
          const slot = list[k]!
          const f = list[k + 1]! / TF_SCALE
          scores[slot]! += (idf * f) / (f + norms[slot]!)
          if (lastClause[slot] !== c) {
            lastClause[slot] = c
            counts[slot]!++
          }
        }
      }
    }
    for (const term of excluded) {
      const list = this.postings.get(term)
      if (list) for (let k = 0; k < list.length; k += 2) counts[list[k]!] = 0
    }
    const want = clauses.length
    if (this.found.length < slots) this.found = new Int32Array(this.scores.length)
    const found = this.found
    const data = this.data
    let count = 0
    for (let slot = 0; slot < slots; slot++) {
      if (counts[slot] !== want || data[slot] === undefined) continue
      if (keep(slot)) found[count++] = slot
    }
    return { slots: found.subarray(0, count), scores }
  }

  /** The index as flat arrays (holes closed first). */
  pack(): PackedPostings & { data: T[] } {
    this.compact()
    const terms = [...this.postings.keys()]
    const offsets = new Int32Array(terms.length + 1)
    let total = 0
    terms.forEach((t, i) => {
      offsets[i] = total
      total += this.postings.get(t)!.length
    })
    offsets[terms.length] = total
    const postings = new Int32Array(total)
    terms.forEach((t, i) => postings.set(this.postings.get(t)!, offsets[i]!))
    return { terms: terms.join('\n'), offsets, postings, ids: [...this.ids], lengths: Int32Array.from(this.lengths), data: this.data as T[] }
  }

  /** An index from `pack`'s arrays; throws when they do not hold together. */
  static unpack<T>(packed: PackedPostings & { data: T[] }): PostingIndex<T> {
    const index = new PostingIndex<T>()
    const terms = packed.terms === '' ? [] : packed.terms.split('\n')
    const { offsets, postings, ids, lengths, data } = packed
    if (offsets.length !== terms.length + 1 || offsets[terms.length] !== postings.length) throw new Error('search index: postings do not match their terms')
    if (lengths.length !== ids.length || data.length !== ids.length) throw new Error('search index: documents do not match their data')
    terms.forEach((term, i) => {
      const list = Array.from(postings.subarray(offsets[i]!, offsets[i + 1]!))
      for (let k = 0; k < list.length; k += 2) if (list[k]! >= ids.length) throw new Error('search index: a posting points past the documents')
      index.postings.set(term, list)
    })
    index.ids = [...ids]
    index.lengths = Array.from(lengths)
    index.data = [...data]
    ids.forEach((id, slot) => {
      index.slotOf.set(id, slot)
      index.totalLength += lengths[slot]!
    })
    return index
  }
}
