import { describe, expect, it } from 'vitest'
import { buildRegistryIndex } from '../../../src/core/suggest/buildRegistryIndex'
import { findSpellingVariants } from '../../../src/core/suggest/findSpellingVariants'
import { suggest } from '../../../src/core/suggest/suggest'

const variants = (text: string, registry?: ReturnType<typeof buildRegistryIndex>) =>
  findSpellingVariants(text, suggest(text, registry).entities, registry)

describe('findSpellingVariants', () => {
  it('flags a transliteration slip with both spans and prefers the more frequent spelling', () => {
    const text = 'Defence Minister Yusuf Qaderi spoke. Qaderi said no. The letter went via Kaderi. Qaderi left.'
    const [v, ...rest] = variants(text)
    expect(rest).toEqual([])
    expect(v.preferred).toBe('Qaderi')
    expect(v.mentions.map((m) => m.text)).toEqual(['Qaderi', 'Qaderi', 'Kaderi', 'Qaderi'])
    for (const m of v.mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
  })

  it('flags a one-letter slip and prefers the earlier spelling on a tie', () => {
    const text = 'Senator Ilse Vandermolen voted. Later Vandermollen abstained.'
    const [v] = variants(text)
    expect(v.preferred).toBe('Vandermolen')
  })

  it('prefers the registry spelling', () => {
    const registry = buildRegistryIndex([{ id: 'yusuf-kaderi', type: 'person', name: 'Yusuf Kaderi', aliases: [] }])
    const text = 'Yusuf Qaderi spoke. Qaderi said no. Then Kaderi left.'
    const [v] = variants(text, registry)
    expect(v.preferred).toBe('Kaderi')
    expect(v.entityId).toBe('yusuf-kaderi')
  })

  it('does not confuse different places, plurals, case or two people with similar given names', () => {
    const text = 'Iran and Iraq met in Austria, not Australia. TRUMP and Trump. Brian Holt and Bryan Holt. Texas and Texans.'
    expect(variants(text)).toEqual([])
  })
})
