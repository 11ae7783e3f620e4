import { describe, expect, it } from 'vitest'
import { indexTerm } from '../../../src/core/search/indexTerm'
import { stem } from '../../../src/core/search/stem'

describe('stem (Porter)', () => {
  // Examples from Porter's paper, one or two per rule.
  const PAPER: Record<string, string> = {
    caresses: 'caress', ponies: 'poni', ties: 'ti', cats: 'cat', feed: 'feed', agreed: 'agre', plastered: 'plaster',
    motoring: 'motor', sing: 'sing', conflated: 'conflat', troubled: 'troubl', sized: 'size', hopping: 'hop',
    falling: 'fall', filing: 'file', happy: 'happi', sky: 'sky', relational: 'relat', conditional: 'condit',
    rational: 'ration', digitizer: 'digit', vietnamization: 'vietnam', operator: 'oper', decisiveness: 'decis',
    hopefulness: 'hope', sensibiliti: 'sensibl', triplicate: 'triplic', formative: 'form', electrical: 'electr',
    goodness: 'good', revival: 'reviv', allowance: 'allow', airliner: 'airlin', adjustable: 'adjust',
    replacement: 'replac', adoption: 'adopt', communism: 'commun', effective: 'effect', bowdlerize: 'bowdler',
    probate: 'probat', rate: 'rate', cease: 'ceas', controll: 'control', roll: 'roll'
  }
  it.each(Object.entries(PAPER))('%s → %s', (word, expected) => expect(stem(word)).toBe(expected))

  it('gives the forms of a word one stem', () => {
    for (const w of ['supported', 'supports', 'supporting', 'support']) expect(stem(w)).toBe('support')
    expect(stem('quotes')).toBe(stem('quoted'))
    expect(stem('governments')).toBe(stem('government'))
  })

  it('leaves short words alone', () => {
    expect(stem('is')).toBe('is')
    expect(stem('a')).toBe('a')
  })
})

describe('indexTerm', () => {
  it('folds case, accents, apostrophes and the possessive', () => {
    expect(indexTerm('Iran’s')).toBe('iran')
    expect(indexTerm("Tehran's")).toBe('tehran')
    expect(indexTerm('PÉSKOV')).toBe('peskov')
    expect(indexTerm('Supported')).toBe('support')
  })

  it('drops stop words and keeps numbers', () => {
    expect(indexTerm('the')).toBeNull()
    expect(indexTerm('The')).toBeNull()
    expect(indexTerm('2026')).toBe('2026')
    expect(indexTerm('G7')).toBe('g7')
    expect(indexTerm('said')).toBe('said')
  })
})
