import { findSequence } from './containsSequence'

/** A document's words as phrase key ids, in order (see Vocabulary.read). */
export type WordSequence = Uint16Array | Uint32Array

const UNKNOWN = -2
const NONE = -1

/** A shorter phrase known already that the phrase holds, `offset` words in. */
interface Within {
  memo: PhraseMemo
  offset: number
}

/**
 * Which documents hold one phrase (as phrase key ids), worked out slot by slot as the search
 * asks and remembered: where each holds it first, or that it does not. Typing a phrase asks for
 * ever longer phrases ("too early", "too early to", "too early to say"); a longer phrase is only
 * looked for in the documents holding a shorter one it contains, and there from where that one
 * first stands (the longer one cannot start before it), so each word typed costs a glance
 * at each document rather than a scan of every document's words. Valid while the index does
 * not change (see PhraseMemos).
 */
export class PhraseMemo {
  private readonly first: Int32Array

  constructor(
    readonly keys: readonly number[],
    private readonly anchor: number,
    slots: number,
    private readonly within: Within | null
  ) {
    this.first = new Int32Array(slots).fill(UNKNOWN)
  }

  /** Where the document in `slot` (of words `words`) first holds the phrase; -1 when it does not. */
  firstIn(slot: number, words: WordSequence): number {
    let first = this.first[slot]!
    if (first !== UNKNOWN) return first
    let from = 0
    if (this.within) {
      const inner = this.within.memo.firstIn(slot, words)
      // The phrase holds the shorter one: a document without it cannot hold the phrase either.
      if (inner < 0) return (this.first[slot] = NONE)
      from = Math.max(0, inner - this.within.offset)
    }
    first = this.first[slot] = findSequence(words, this.keys, this.anchor, from)
    return first
  }

  has(slot: number, words: WordSequence): boolean {
    return this.firstIn(slot, words) >= 0
  }
}

/** Where `inner` stands in `outer` as a run of consecutive entries; -1 when it does not. */
function offsetIn(outer: readonly number[], inner: readonly number[]): number {
  for (let i = 0; i + inner.length <= outer.length; i++) {
    let j = 0
    while (j < inner.length && outer[i + j] === inner[j]) j++
    if (j === inner.length) return i
  }
  return -1
}

/**
 * The phrases asked for lately and what is known of them, for one state of the index: cleared
 * whenever the index changes (`generation`, the slot count), at most `capacity` phrases kept.
 */
export class PhraseMemos {
  private memos = new Map<string, PhraseMemo>()
  private generation = -1
  private slots = 0

  constructor(private readonly capacity = 24) {}

  /** The memo of a phrase (key ids; `anchor`: the index of its rarest word) for the index at `generation` with `slots` slots. */
  get(keys: readonly number[], anchor: number, generation: number, slots: number): PhraseMemo {
    if (generation !== this.generation || slots !== this.slots) {
      this.memos = new Map()
      this.generation = generation
      this.slots = slots
    }
    const name = keys.join(',')
    let memo = this.memos.get(name)
    if (memo) {
      // Most recently used last.
      this.memos.delete(name)
      this.memos.set(name, memo)
      return memo
    }
    // The longest phrase known that this one holds, to look only where that one stands.
    let within: Within | null = null
    for (const known of this.memos.values()) {
      if (known.keys.length >= keys.length || (within && known.keys.length <= within.memo.keys.length)) continue
      const offset = offsetIn(keys, known.keys)
      if (offset >= 0) within = { memo: known, offset }
    }
    memo = new PhraseMemo(keys, anchor, slots, within)
    this.memos.set(name, memo)
    if (this.memos.size > this.capacity) this.memos.delete(this.memos.keys().next().value!)
    return memo
  }
}
