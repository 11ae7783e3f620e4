import { describe, expect, it } from 'vitest'
import { findTermRanges } from '../../../src/core/search/findTermRanges'
import { makeSnippet } from '../../../src/core/search/makeSnippet'

const TEXT = 'Dmitry Peskov said: “Russia has really supported Iran with its clear political position.” Peskov noted that it is too early.'
const marked = (text: string, ranges: { from: number; to: number }[]): string[] => ranges.map((r) => text.slice(r.from, r.to))

describe('findTermRanges', () => {
  it('marks every word whose stem matched', () => {
    const ranges = findTermRanges(TEXT, { terms: new Set(['support', 'peskov']), phrases: [] })
    expect(marked(TEXT, ranges)).toEqual(['Peskov', 'supported', 'Peskov'])
  })

  it('marks a phrase as one run, stop words and all', () => {
    const ranges = findTermRanges(TEXT, { terms: new Set(), phrases: [['has', 'really', 'supports']] })
    expect(marked(TEXT, ranges)).toEqual(['has really supported'])
  })

  it('merges overlapping runs', () => {
    const ranges = findTermRanges(TEXT, { terms: new Set(['realli']), phrases: [['really', 'supported']] })
    expect(marked(TEXT, ranges)).toEqual(['really supported'])
  })
})

describe('makeSnippet', () => {
  const long = `${'Opening words of the story go here. '.repeat(8)}\n\nThe Kremlin spokesman said Russia had supported Iran. ${'More words follow after the match. '.repeat(8)}`

  it('cuts around the matches at word boundaries, with ellipses, ranges mapped', () => {
    const ranges = findTermRanges(long, { terms: new Set(['support']), phrases: [] })
    const s = makeSnippet(long, ranges, 120)
    expect(s.text.startsWith('…')).toBe(true)
    expect(s.text.endsWith('…')).toBe(true)
    expect(s.text.length).toBeLessThanOrEqual(124)
    expect(marked(s.text, s.ranges)).toEqual(['supported'])
    expect(s.text).toContain('The Kremlin spokesman said Russia had supported Iran.')
  })

  it('collapses whitespace and keeps ranges right', () => {
    const text = 'First   paragraph.\n\nSecond   one with Iran.'
    const s = makeSnippet(text, findTermRanges(text, { terms: new Set(['iran']), phrases: [] }))
    expect(s.text).toBe('First paragraph. Second one with Iran.')
    expect(marked(s.text, s.ranges)).toEqual(['Iran'])
  })

  it('is the start of the text when nothing matched', () => {
    const s = makeSnippet(long, [], 60)
    expect(s.text.startsWith('Opening words')).toBe(true)
    expect(s.ranges).toEqual([])
  })
})
