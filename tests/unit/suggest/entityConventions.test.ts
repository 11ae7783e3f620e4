import { describe, expect, it } from 'vitest'
import { suggest } from '../../../src/core/suggest/suggest'

const typeOf = (text: string, name: string) => suggest(text).entities.filter((e) => e.text === name).map((e) => e.type)

describe('suggest: entity conventions', () => {
  it('types national teams in a sports report as organisations, but not the host country', () => {
    const text = [
      'Norway beat Denmark 2-1 in the group match in Sweden on Sunday.',
      'The striker scored twice before half-time and the coach praised the defence after the win.',
      'Denmark had won their first match, and the fans expected another victory in the tournament.',
      'The goalkeeper saved a penalty late in the match.'
    ].join('\n')
    expect(typeOf(text, 'Norway')).toEqual(['organization'])
    expect(typeOf(text, 'Denmark')).toEqual(['organization', 'organization'])
    expect(typeOf(text, 'Sweden')).toEqual(['place'])
  })

  it('keeps countries as places outside sports', () => {
    expect(typeOf('Norway and Denmark signed a fishing agreement.', 'Norway')).toEqual(['place'])
  })

  it('types events by their head word and keeps them out of persons', () => {
    expect(typeOf('Fans travelled to the Nordic Cup in Oslo.', 'Nordic Cup')).toEqual(['event'])
  })

  it('prefers a given name over a place word at the end of a name, and a compass word before a place', () => {
    expect(typeOf('The talk was given by Anna Marie Hill on Friday.', 'Anna Marie Hill')).toEqual(['person'])
    expect(typeOf('Flooding hit East Oslo overnight.', 'East Oslo')).toEqual(['place'])
  })

  it('does not make a person of an ordinary word that is capitalised in a name-like pair', () => {
    const text = 'The report on Iodine Deficiency was published. Iodine deficiency is common.'
    expect(typeOf(text, 'Iodine Deficiency')).not.toContain('person')
  })

  it('keeps an institution word with its "of" name at the start of a sentence', () => {
    expect(typeOf('Church of the Fjords leaders met on Monday. The church was full.', 'Church of the Fjords')).toEqual(['organization'])
  })
})
