import { describe, expect, it } from 'vitest'
import { buildRegistryIndex } from '../../../src/core/suggest/buildRegistryIndex'
import { suggest } from '../../../src/core/suggest/suggest'

const entities = (text: string, registry?: Parameters<typeof suggest>[1]) =>
  suggest(text, registry).entities.map((e) => [e.text, e.type, e.entityId ?? null])

describe('suggest: entities', () => {
  it('cuts titles before names and keeps the place or organisation inside them', () => {
    const text = 'US President Maria Olsen met Finnish Foreign Minister Jari Koskinen in Helsinki.'
    expect(entities(text)).toEqual([
      ['US', 'place', null],
      ['Maria Olsen', 'person', null],
      ['Jari Koskinen', 'person', null],
      ['Helsinki', 'place', null]
    ])
  })

  it('types a later last-name or title reference like the full name', () => {
    const text = 'Trade envoy Piet Marsman arrived on Monday. Marsman said little. Mr. Marsman left.'
    const found = suggest(text).entities.filter((e) => e.text === 'Marsman')
    expect(found).toHaveLength(2)
    expect(found.every((e) => e.type === 'person')).toBe(true)
  })

  it('strips determiners and types metonyms: the Kremlin is an organisation, capitals are places', () => {
    const text = 'The Kremlin said Moscow and Tehran had talked. A spokesman for the Islamic Republic agreed.'
    expect(entities(text)).toEqual([
      ['Kremlin', 'organization', null],
      ['Moscow', 'place', null],
      ['Tehran', 'place', null],
      ['Islamic Republic', 'place', null]
    ])
  })

  it('types organisations by their head word and places by theirs', () => {
    const text = 'The Harbour Workers Union met at Velmar Stadium with the University of Ostrava.'
    expect(entities(text)).toEqual([
      ['Harbour Workers Union', 'organization', null],
      ['Velmar Stadium', 'place', null],
      ['University of Ostrava', 'organization', null]
    ])
  })

  it('does not take a capitalised sentence opener or a lone title for a name', () => {
    const text = 'Meanwhile the minister spoke. Separately, the President left. Commenting on it, Lena Fisk smiled.'
    expect(entities(text)).toEqual([['Lena Fisk', 'person', null]])
  })

  it('links registry names, aliases and last-name references, and prefers the registry type', () => {
    const registry = buildRegistryIndex([
      { id: 'piet-marsman', type: 'person', name: 'Piet Marsman', aliases: ['P. Marsman'] },
      { id: 'nordic-wire', type: 'organization', name: 'Nordic Wire', aliases: ['NW'] },
      { id: 'velmar', type: 'place', name: 'Velmar', aliases: [] }
    ])
    const text = 'Piet Marsman told NW in Velmar that Mr Marsman would stay. Marsman smiled.'
    expect(entities(text, registry)).toEqual([
      ['Piet Marsman', 'person', 'piet-marsman'],
      ['NW', 'organization', 'nordic-wire'],
      ['Velmar', 'place', 'velmar'],
      ['Marsman', 'person', 'piet-marsman'],
      ['Marsman', 'person', 'piet-marsman']
    ])
  })

  it('matches registry names case-sensitively when they are capitalised ("US" is not "us")', () => {
    const registry = buildRegistryIndex([{ id: 'united-states', type: 'place', name: 'United States', aliases: ['US'] }])
    const found = suggest('Tell us what the US wants.', registry).entities
    expect(found.map((e) => [e.text, e.entityId])).toEqual([['US', 'united-states']])
  })

  it('gives offsets into the text as given and a confidence in [0, 1]', () => {
    const text = 'Photo:: Agency X / Distributor Y\nAnna Berg visited Oslo.'
    const found = suggest(text).entities
    expect(found.map((e) => e.text)).toEqual(['Anna Berg', 'Oslo'])
    for (const e of found) {
      expect(text.slice(e.start, e.end)).toBe(e.text)
      expect(e.confidence).toBeGreaterThan(0)
      expect(e.confidence).toBeLessThanOrEqual(1)
    }
  })
})
