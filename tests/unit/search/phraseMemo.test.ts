import { describe, expect, it } from 'vitest'
import { containsSequence, findSequence } from '../../../src/core/search/containsSequence'
import { PhraseMemos } from '../../../src/core/search/PhraseMemo'

function rng(seed: number): (n: number) => number {
  let a = seed >>> 0
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n)
  }
}

/** The first start of `phrase` in `words`, the slow way. */
function firstOf(words: Uint16Array, phrase: number[]): number {
  for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((k, j) => words[i + j] === k)) return i
  return -1
}

describe('findSequence', () => {
  it('finds the first run at or after a position, from any anchor', () => {
    const words = Uint16Array.of(1, 2, 3, 1, 2, 3, 4)
    expect(findSequence(words, [1, 2, 3])).toBe(0)
    expect(findSequence(words, [1, 2, 3], 2)).toBe(0)
    expect(findSequence(words, [1, 2, 3], 1, 1)).toBe(3)
    expect(findSequence(words, [2, 3, 4], 0, 0)).toBe(4)
    expect(findSequence(words, [3, 4, 5])).toBe(-1)
    expect(findSequence(words, [1, 2, 3], 0, 4)).toBe(-1)
    expect(containsSequence(words, [3, 1])).toBe(true)
    expect(containsSequence(words, [4, 1])).toBe(false)
  })
})

describe('PhraseMemos', () => {
  // Few distinct words, so phrases recur and many documents hold a shorter one but not the longer.
  const random = rng(3)
  const docs = Array.from({ length: 300 }, () => Uint16Array.from({ length: 20 + random(120) }, () => 1 + random(5)))

  it('knows which documents hold a phrase, typed word by word (and from the front), as a plain scan does', () => {
    const memos = new PhraseMemos()
    const typed = [
      [1, 2],
      [1, 2, 3],
      [1, 2, 3, 1],
      [5, 1, 2, 3, 1],
      [2, 3],
      [4, 4, 4],
      [2, 3, 1, 2]
    ]
    for (const phrase of typed) {
      const memo = memos.get(phrase, phrase.length - 1, 1, docs.length)
      // Asked in any order, and twice: the same answers.
      for (const slot of [...docs.keys()].reverse().concat([...docs.keys()])) {
        expect(memo.firstIn(slot, docs[slot]!), `${phrase.join(' ')} in ${slot}`).toBe(firstOf(docs[slot]!, phrase))
      }
    }
  })

  it('forgets what it knew when the index changes', () => {
    const memos = new PhraseMemos()
    const words = Uint16Array.of(1, 2, 3)
    expect(memos.get([1, 2], 0, 1, 1).has(0, words)).toBe(true)
    // Same generation: the memo answers from what it knew, even for other words.
    expect(memos.get([1, 2], 0, 1, 1).has(0, Uint16Array.of(3, 3))).toBe(true)
    expect(memos.get([1, 2], 0, 2, 1).has(0, Uint16Array.of(3, 3))).toBe(false)
  })
})
