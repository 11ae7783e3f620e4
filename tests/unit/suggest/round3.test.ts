import { describe, expect, it } from 'vitest'
import { suggest } from '../../../src/core/suggest/suggest'

const quotes = (text: string) => suggest(text).quotes
const quote = (text: string, needle: string) => {
  const q = quotes(text).find((x) => x.text.includes(needle))
  return { q, mention: q?.speaker?.start !== undefined ? text.slice(q.speaker.start, q.speaker.end) : undefined }
}
const entity = (text: string, name: string) => suggest(text).entities.find((e) => e.text === name)

describe('suggest: third round of rules', () => {
  it('ends reported content before a described subject with its own verb of stance', () => {
    const text = 'The harbour board stressed the risks at a meeting in Bergen, and its critics quickly denounced the plan.'
    const a = quote(text, 'risks')
    expect(a.q?.text).toBe('the risks at a meeting in Bergen')
    expect(a.mention).toBe('The harbour board')
  })

  it('ends reported content at a colon before a new subject and verb of saying', () => {
    const text = 'At every stop, Ruth Calder cites the empty quays as proof: She says the fleet has shrunk by half.'
    expect(quote(text, 'quays').q?.text).toBe('the empty quays as proof')
    const b = quote(text, 'shrunk')
    expect(b.q?.text).toBe('the fleet has shrunk by half')
    expect(b.mention).toBe('She')
  })

  it('reads the sentence subject after a dateline, not the news agency in it', () => {
    const text = 'TROMSØ, May 3 (Reuters) - Norway’s fisheries minister, Ola Brekke, voiced support for the quota on Wednesday, saying the stocks would recover.'
    const a = quote(text, 'stocks would recover')
    expect(a.q?.speaker?.name).toBe('Ola Brekke')
  })

  it('skips a name governed by a preposition when looking for the sentence subject', () => {
    const text = 'Like Brekke, they have courted the fishermen for months, refusing to admit that the quota was wrong.'
    const a = quote(text, 'quota was wrong')
    expect(a.mention).toBe('they')
  })

  it('takes the speaker of a colon-introduced quote from a verb of saying before the colon', () => {
    const text = 'As Ruth Calder observed, the real winner was not the fleet, it was the cannery:\n“The cannery has never had a better year, and everyone in town knows it.”'
    const a = quote(text, 'better year')
    expect(a.q?.kind).toBe('direct')
    expect(a.mention).toBe('Ruth Calder')
    expect(a.q?.cue).toBe('observed')
  })

  it('reads "according to X" in the middle of a sentence and after a quotation mark', () => {
    const a = quote('The cannery, according to the harbour board, will close in May.', 'cannery')
    expect(a.q?.text).toBe('The cannery, according to the harbour board, will close in May')
    expect(a.mention).toBe('the harbour board')
    const text = 'Since the storms, “the boats have stayed in port,” according to a union official.'
    const b = quote(text, 'stayed in port')
    expect(b.q?.text).toBe('Since the storms, “the boats have stayed in port')
    expect(b.mention).toBe('a union official')
  })

  it('reports a judgement in the passive when an agent after "by" holds it', () => {
    const a = quote('The trawler fleet has been criticized by critics for overfishing the fjord.', 'overfishing')
    expect(a.q?.text).toBe('The trawler fleet has been criticized by critics for overfishing the fjord')
    expect(a.mention).toBe('critics')
    // Without an agent the passive names only its target.
    expect(quotes('Ola Brekke was accused of hiding the catch figures.')).toHaveLength(0)
    expect(quotes('The trawler was built by a yard in Bergen.')).toHaveLength(0)
  })

  it('lets adjectives stand between the owner and a noun of saying', () => {
    const a = quote('The fishermen laughed at their smug assurances that the cannery would stay open.', 'cannery')
    expect(a.q?.text).toBe('that the cannery would stay open')
    expect(a.mention).toBe('their')
  })

  it('knows more verbs of judging and more kinds of speakers', () => {
    const a = quote('Critics derided the plan as a giveaway to the canneries.', 'giveaway')
    expect(a.q?.text).toBe('the plan as a giveaway to the canneries')
    expect(a.mention).toBe('Critics')
    const b = quote('Pundits are now more convinced that the quota will be cut.', 'quota')
    expect(b.q?.text).toBe('that the quota will be cut')
    expect(b.mention).toBe('Pundits')
  })

  it('does not take ordinary capitalised words for a person’s name', () => {
    const text = 'Successful Stormtroopers shared a table with Ruth Calder.'
    expect(entity(text, 'Successful Stormtroopers')?.type).not.toBe('person')
    expect(entity(text, 'Ruth Calder')?.type).toBe('person')
  })

  it('ends an institution’s name before a second "of" and a country', () => {
    const text = 'She studied at the University of Bergen of Norway before joining the board.'
    expect(entity(text, 'University of Bergen')?.type).toBe('organization')
    expect(entity(text, 'Norway')?.type).toBe('place')
  })
})

describe('suggest: a noun of saying as the object of a verb of giving', () => {
  it('gives the claim to the subject of "gave assurances that", "issued a warning that"', () => {
    const a = quote('The mayor gave firm assurances that the quay would reopen.', 'quay')
    expect(a.q?.text).toBe('that the quay would reopen')
    expect(a.mention).toBe('The mayor')
    const b = quote('Ruth Calder issued a warning that the ice would close the fjord.', 'ice')
    expect(b.mention).toBe('Ruth Calder')
  })
})
