import { describe, expect, it } from 'vitest'
import { buildRegistryIndex } from '../../../src/core/suggest/buildRegistryIndex'
import { findSpellingVariants } from '../../../src/core/suggest/findSpellingVariants'
import { suggest } from '../../../src/core/suggest/suggest'

// Pieces that stress the rules: unbalanced and mixed quotation marks, titles, initials,
// abbreviations, possessives, empty lines, emoji (astral characters), headline lines.
const PIECES = [
  'Peskov', 'said', 'said:', '“', '”', '"', "'", '‘', '’', '«', '»', 'He', 'the Kremlin spokesman', 'U.S.', 'Mr.',
  'F.', 'Dr', 'North', 'East', 'Los Angeles', '\n', '\n\n', ',', '.', ':', '—', '(R-Ky.)', 'according to', 'that',
  'Iran’s', 'al-Assad', '😀', 'Ünïcödé', 'Russia', 'World Cup', 'of the', 'University', 'adding', 'who', 'told', 'to',
  'Photo::', '12-day', '3.5', 'A', 'I', 'US', 'IE6'
]

function* randomTexts(count: number): Generator<string> {
  let seed = 42
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  for (let n = 0; n < count; n++) {
    const words: string[] = []
    const len = Math.floor(next() * 60)
    for (let i = 0; i < len; i++) words.push(PIECES[Math.floor(next() * PIECES.length)])
    yield words.join(next() < 0.8 ? ' ' : '')
  }
}

describe('suggest never throws and keeps its offsets honest', () => {
  const registry = buildRegistryIndex([
    { id: 'dmitry-peskov', type: 'person', name: 'Dmitry Peskov', aliases: ['Peskov', 'the Kremlin spokesman'] },
    { id: 'us', type: 'place', name: 'United States', aliases: ['US', 'U.S.'] }
  ])

  it('on edge cases', () => {
    for (const text of ['', ' ', '\n\n', '“', '”', '"', '“”', '“ ”', 'said', ':', 'A', '😀😀', 'Photo:: x']) {
      const r = suggest(text, registry)
      expect(Array.isArray(r.entities) && Array.isArray(r.quotes)).toBe(true)
    }
  })

  it('on 500 random texts', () => {
    for (const text of randomTexts(500)) {
      for (const reg of [undefined, registry]) {
        const r = suggest(text, reg)
        for (const e of [...r.entities, ...r.quotes]) {
          expect(e.start).toBeGreaterThanOrEqual(0)
          expect(e.end).toBeLessThanOrEqual(text.length)
          expect(e.start).toBeLessThan(e.end)
          expect(text.slice(e.start, e.end)).toBe(e.text)
          expect(e.confidence).toBeGreaterThanOrEqual(0)
          expect(e.confidence).toBeLessThanOrEqual(1)
        }
        for (const q of r.quotes) {
          if (q.speaker?.start !== undefined) expect(q.speaker.end).toBeGreaterThan(q.speaker.start)
        }
        // Marks of one kind never overlap: each list is sorted and disjoint.
        for (const list of [r.entities, r.quotes]) {
          for (let i = 1; i < list.length; i++) expect(list[i].start).toBeGreaterThanOrEqual(list[i - 1].end)
        }
        findSpellingVariants(text, r.entities, reg)
      }
    }
  })
})
