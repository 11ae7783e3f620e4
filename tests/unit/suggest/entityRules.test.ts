import { describe, expect, it } from 'vitest'
import { suggest } from '../../../src/core/suggest/suggest'

// Fixtures written for these tests; the people are invented.
const typed = (text: string) => suggest(text).entities.map((e) => [e.text, e.type])
const typeOf = (text: string, name: string) => suggest(text).entities.find((e) => e.text === name)?.type

describe('suggest: entity rules', () => {
  it('does not take a frequent word opening a sentence for a name, unless a name follows it', () => {
    expect(typeOf('Recent reports say the harbour will close.', 'Recent')).toBeUndefined()
    expect(typeOf('Critics say the quotas are too low.', 'Critics')).toBeUndefined()
    expect(typeOf('National Guard troops arrived in Bergen.', 'National Guard')).toBeDefined()
  })

  it('keeps a given name that ends like a past tense at the start of a sentence ("Ahmed")', () => {
    expect(typeOf('News spread fast. Ahmed Rahimi, a student from Bergen, was released.', 'Ahmed Rahimi')).toBe('person')
  })

  it('types well-known products as other, not as people ("Internet Explorer", "Firefox")', () => {
    expect(typeOf('Users of Internet Explorer should switch to Firefox, the agency said.', 'Internet Explorer')).toBe('other')
    expect(typeOf('Users of Internet Explorer should switch to Firefox, the agency said.', 'Firefox')).toBe('other')
  })

  it('does not make organisations of time zones, currencies or Roman numerals', () => {
    expect(typed('The site was down at 15:11 GMT, in part XVII of the saga.').filter(([, t]) => t === 'organization')).toEqual([])
  })

  it('keeps a capitalised adjective that belongs to an institution’s name ("New Democratic Party")', () => {
    expect(typeOf('The New Democratic Party won 103 seats.', 'New Democratic Party')).toBe('organization')
  })

  it('reads a month as a surname after a given name, but not before a date', () => {
    expect(typeOf('Green leader Elizabeth May won her seat.', 'Elizabeth May')).toBe('person')
    expect(typeOf('Theresa May spoke on May 5.', 'Theresa May')).toBe('person')
  })

  it('cuts a party label before a politician’s name', () => {
    expect(typed('Conservative Bernard Holm won the seat.')).toEqual([['Bernard Holm', 'person']])
  })

  it('keeps "of" and "for" names of institutions whole and typed as organisations', () => {
    expect(typeOf('She works for the Joint Council for the Welfare of Fishermen.', 'Joint Council for the Welfare of Fishermen')).toBe('organization')
    expect(typeOf('The Rosa Lind Foundation for the Visual Arts opened.', 'Rosa Lind Foundation for the Visual Arts')).toBe('organization')
  })

  it('types a short family name with a hyphenated given name as a person ("Park Ji-ho")', () => {
    expect(typeOf('In the second half, Park Ji-ho was booked.', 'Park Ji-ho')).toBe('person')
  })

  it('does not make a person of a title after a possessive ("Lind’s Harbour Lights")', () => {
    expect(typeOf('Rosa Lind’s Harbour Lights sold for a record price.', 'Harbour Lights')).not.toBe('person')
  })

  it('knows regions and large cities beyond the capitals', () => {
    expect(typeOf('Floods hit Tuscany and Bavaria on Monday.', 'Tuscany')).toBe('place')
    expect(typeOf('The plant in Nagoya was closed.', 'Nagoya')).toBe('place')
    expect(typeOf('The rover will land in Gale Crater.', 'Gale Crater')).toBe('place')
  })

  it('types an event named after a place as an event, not an organisation', () => {
    expect(typeOf('Crowds filled the Bergen City Lantern Festival.', 'Bergen City Lantern Festival')).toBe('event')
  })
})
