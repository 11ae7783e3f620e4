import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findSpellingVariants } from '../../../src/core/suggest/findSpellingVariants'
import { suggest } from '../../../src/core/suggest/suggest'

// The real sample lives outside the repo (DESIGN.md: read from ../shared, never copied in).
const SEED = resolve(__dirname, '../../../../shared/samples/seed-article.txt')
const present = existsSync(SEED)
if (!present) console.warn(`seed article not found at ${SEED}: skipping the seed-article checks`)

describe.skipIf(!present)('suggest on ../shared/samples/seed-article.txt', () => {
  const text = present ? readFileSync(SEED, 'utf8') : ''
  const result = present ? suggest(text) : { entities: [], quotes: [] }

  it('attributes Peskov’s quotes and reported speech to Dmitry Peskov', () => {
    const peskov = ['Russia has really supported Iran', 'too early to draw conclusions', 'Some information is coming in',
      'oral communications', 'we welcome it', 'calling for a cessation', 'This is exactly what Russia']
    for (const words of peskov) {
      const q = result.quotes.find((x) => x.text.includes(words))
      expect(q, words).toBeDefined()
      expect(q?.speaker?.name, words).toBe('Dmitry Peskov')
    }
    const spokesman = result.quotes.find((x) => x.text.includes('we welcome it'))
    expect(text.slice(spokesman?.speaker?.start, spokesman?.speaker?.end)).toBe('the Kremlin spokesman')
    const added = result.quotes.find((x) => x.text.includes('praised this position'))
    expect(added?.kind).toBe('indirect')
    expect(added?.speaker?.name).toBe('Dmitry Peskov')
    expect(text.slice(added?.speaker?.start, added?.speaker?.end)).toBe('He')
  })

  it('gives the participle "stressing that …" the sentence’s subject, the Kremlin', () => {
    const q = result.quotes.find((x) => x.text.includes('clear position'))
    expect(q?.speaker?.name).toBe('Kremlin')
    expect(text.slice(q?.speaker?.start, q?.speaker?.end)).toBe('Kremlin')
    expect(q?.cue).toBe('stressing')
  })

  it('finds the subhead quote', () => {
    const q = result.quotes.find((x) => x.text === '“Russia has clearly supported Iran”')
    expect(q).toBeDefined()
    expect(q?.kind).toBe('direct')
  })

  it('reads Putin’s reported speech and partial quote', () => {
    // Reported speech ("Putin said that …") carrying quoted words is one partial quote.
    const said = result.quotes.find((x) => x.text.includes('Moscow would'))
    expect(said?.text).toBe('that Moscow would “try to help the Iranian people” without disclosing details')
    expect(said?.kind).toBe('partial')
    expect(said?.cue).toBe('said')
    expect(said?.speaker?.name).toBe('Vladimir Putin')
    const unjustified = result.quotes.find((x) => x.text === '“unjustified”')
    expect(unjustified?.kind).toBe('partial')
    expect(unjustified?.speaker?.name).toBe('Vladimir Putin')
  })

  it('flags Araqchi / Arakchi', () => {
    const v = findSpellingVariants(text, result.entities)
    const araqchi = v.find((x) => x.mentions.some((m) => m.text === 'Arakchi'))
    expect(araqchi?.preferred).toBe('Araqchi')
    expect(araqchi?.mentions.map((m) => m.text)).toEqual(['Araqchi', 'Arakchi'])
  })

  it('tags the people, the Kremlin and the places without the photo credit line', () => {
    const tagged = (t: string) => result.entities.filter((e) => e.text === t).map((e) => e.type)
    expect(tagged('Dmitry Peskov')).toEqual(['person'])
    expect(tagged('Vladimir Putin')).toEqual(['person'])
    expect(new Set(tagged('Putin'))).toEqual(new Set(['person']))
    expect(new Set(tagged('Kremlin'))).toEqual(new Set(['organization']))
    expect(new Set(tagged('Moscow'))).toEqual(new Set(['place']))
    expect(result.entities.some((e) => e.start < text.indexOf('\n'))).toBe(false)
  })
})
