import { describe, expect, it } from 'vitest'
import { SpellService } from '../../../src/main/services/spell/SpellService'

describe('SpellService', () => {
  const spell = new SpellService()

  it('loads the bundled dictionary once, lazily', async () => {
    expect(spell.loadMs).toBeUndefined()
    await spell.check(['hello'])
    const first = spell.loadMs
    expect(first).toBeGreaterThan(0)
    console.log(`dictionary-en loaded in ${first?.toFixed(0)} ms`)
    await spell.check(['world'])
    expect(spell.loadMs).toBe(first)
  })

  it('accepts both US and UK spellings, since wires from both meet on one desk', async () => {
    expect(await spell.check(['harbour', 'harbor', 'colour', 'color', 'organisation', 'organization', 'harbuor'])).toEqual(['harbuor'])
  })

  it('flags misspellings, each once, as given', async () => {
    expect(await spell.check(['The', 'Kremlin', 'spokesman', 'sayd', 'teh', 'sayd', 'position'])).toEqual(['sayd', 'teh'])
  })

  it('skips numbers, words with digits, single letters and ALL-CAPS acronyms', async () => {
    expect(await spell.check(['2024', 'G7', '5km', 'a', 'I', 'x', 'NATO', 'IAEA', 'U.S.', '—', '…'])).toEqual([])
  })

  it('accepts curly apostrophes and reports the word as typed', async () => {
    expect(await spell.check(['doesn’t', 'Iran’s', 'it’s', 'dosn’t'])).toEqual(['dosn’t'])
  })

  it('ignores quotes and punctuation around a token', async () => {
    expect(await spell.check(['“Russia', 'position.”', 'said,', '(Reuters)', '“Rusia'])).toEqual(['“Rusia'])
  })

  it('accepts hyphenated compounds made of real words', async () => {
    expect(await spell.check(['well-known', 'long-range', 'well-knwon'])).toEqual(['well-knwon'])
  })

  it('suggests up to six corrections, keeping curly apostrophes', async () => {
    const s = await spell.suggest('wrold')
    expect(s).toContain('world')
    expect(s.length).toBeLessThanOrEqual(6)
    expect(await spell.suggest('dosn’t')).toContain('doesn’t')
    expect(await spell.suggest('x'.repeat(80))).toEqual([])
  })
})
