import { describe, expect, it } from 'vitest'
import { suggest } from '../../../src/core/suggest/suggest'

const typeOf = (text: string, name: string) => suggest(text).entities.filter((e) => e.text === name).map((e) => e.type)

describe('suggest: entity rules, second round', () => {
  it('types nationality plurals, groups and "Korea" as teams in a sports report', () => {
    const text = [
      'Norway beat Korea 2-1 in Group C on Sunday.',
      'The Norwegians scored twice before half-time and the coach praised the defence after the win.',
      'Korea had won their first match, and the fans expected another victory in the tournament.',
      'The goalkeeper saved a penalty late in the match.'
    ].join('\n')
    expect(typeOf(text, 'Norwegians')).toEqual(['organization'])
    expect(typeOf(text, 'Group C')).toEqual(['organization'])
    expect(typeOf(text, 'Korea')).toEqual(['organization', 'organization'])
    expect(typeOf('Talks between Korea and Japan resumed.', 'Korea')).toEqual(['place'])
  })

  it('splits a person from the institution name written before it', () => {
    const known = 'Students at the University of Leeds Anna Berg met the dean.'
    expect(typeOf(known, 'University of Leeds')).toEqual(['organization'])
    expect(typeOf(known, 'Anna Berg')).toEqual(['person'])
    // An unknown given name: the surname standing alone later marks the person.
    const later = 'A student at the University of Leeds Okoro Nwankwe wrote the post. Nwankwe said it spread fast.'
    expect(typeOf(later, 'University of Leeds')).toEqual(['organization'])
    expect(typeOf(later, 'Okoro Nwankwe')).toEqual(['person'])
  })

  it('types names that open with a Romance or German institution word as organisations', () => {
    expect(typeOf('She taught at the Liceo Ardenza before the Partido Verde hired her.', 'Liceo Ardenza')).toEqual(['organization'])
    expect(typeOf('She taught at the Liceo Ardenza before the Partido Verde hired her.', 'Partido Verde')).toEqual(['organization'])
    expect(typeOf('The clinic is on Hospital Street.', 'Hospital Street')).toEqual(['place'])
  })

  it('keeps the period of a company suffix and joins "Co. Ltd."', () => {
    const text = 'Fjordline Inc. and Nordhav Shipping Co. Ltd. settled the case.'
    expect(typeOf(text, 'Fjordline Inc.')).toEqual(['organization'])
    expect(typeOf(text, 'Nordhav Shipping Co. Ltd.')).toEqual(['organization'])
  })

  it('types "place + plural nickname" as a team, but not "place + group noun"', () => {
    const text = 'The Oslo Vikings beat the Bergen Herons while Iowa Democrats watched.'
    expect(typeOf(text, 'Oslo Vikings')).toEqual(['organization'])
    expect(typeOf(text, 'Bergen Herons')).toEqual(['organization'])
    expect(typeOf(text, 'Iowa Democrats')).toEqual([])
  })

  it('types a named storm as an event', () => {
    expect(typeOf('Hurricane Olga flooded the coast of Florida.', 'Hurricane Olga')).toEqual(['event'])
  })
})
