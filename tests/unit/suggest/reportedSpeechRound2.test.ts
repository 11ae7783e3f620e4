import { describe, expect, it } from 'vitest'
import { suggest } from '../../../src/core/suggest/suggest'

const quote = (text: string, needle: string) => {
  const q = suggest(text).quotes.find((x) => x.text.includes(needle))
  return { q, mention: q?.speaker?.start !== undefined ? text.slice(q.speaker.start, q.speaker.end) : undefined }
}

describe('suggest: reported speech, second round of rules', () => {
  it('knows "speculated", "implied", "posited" as verbs of saying', () => {
    const a = quote('Ola Brekke speculated that the trawlers had left early.', 'trawlers')
    expect(a.q?.text).toBe('that the trawlers had left early')
    expect(a.mention).toBe('Ola Brekke')
    const b = quote('The minister implied that the quota would fall.', 'quota')
    expect(b.q?.kind).toBe('indirect')
  })

  it('skips "both", "long" and modals between subject and verb', () => {
    const a = quote('Ola Brekke and Ruth Calder have both argued that the harbour is too small.', 'harbour')
    expect(a.q?.text).toBe('that the harbour is too small')
    const b = quote('Ruth Calder has long maintained that the fleet is too old.', 'fleet')
    expect(b.mention).toBe('Ruth Calder')
  })

  it('reads "told investors that" with any short listener phrase, but not "told the story that"', () => {
    const a = quote('Ola Brekke told investors that the cannery would stay open.', 'cannery')
    expect(a.q?.text).toBe('that the cannery would stay open')
    const b = quote('Ruth Calder told his aides that the plan was dead.', 'plan')
    expect(b.mention).toBe('Ruth Calder')
    expect(suggest('Ruth Calder told the story that everyone in town knows.').quotes).toHaveLength(0)
  })

  it('opens a bare clause with "this", "it’s" and after "last night"', () => {
    expect(quote('Ola Brekke said this is only a rough patch.', 'rough')?.q?.text).toBe('this is only a rough patch')
    expect(quote('Ola Brekke said it’s sometimes hard to watch.', 'hard')?.q?.text).toBe('it’s sometimes hard to watch')
    expect(quote('Ola Brekke said last night the harbour would reopen.', 'harbour')?.q?.text).toBe('the harbour would reopen')
  })

  it('takes "Others say" and "polls show" as attributions', () => {
    const a = quote('The quota is fair. Others say the quota is far too low.', 'too low')
    expect(a.mention).toBe('Others')
    const b = quote('Recent polling shows the mayor has a clear lead.', 'lead')
    expect(b.q?.text).toBe('the mayor has a clear lead')
  })

  it('reads "CLAUSE, per X." and "CLAUSE, records show."', () => {
    const a = quote('The ferry had been delayed for hours, per the harbour authority.', 'ferry')
    expect(a.q?.text).toBe('The ferry had been delayed for hours')
    expect(a.mention).toBe('the harbour authority')
    expect(suggest('He was paid ten dollars per hour.').quotes).toHaveLength(0)
    const b = quote('The trawler was insured for two million dollars, records show.', 'trawler')
    expect(b.q?.text).toBe('The trawler was insured for two million dollars')
    expect(b.mention).toBe('records')
  })

  it('ends reported content before a closing "…, records show."', () => {
    expect(quote('Ola Brekke agreed to sell the trawler in 2010, records show.', 'trawler').q?.text).toBe('to sell the trawler in 2010')
  })

  it('keeps a web address in one token so its period does not end the sentence', () => {
    const text = 'The crew were from Bergen, according to fiskeri-nytt.com. They were heading home, the station reported.'
    expect(quote(text, 'crew').q?.text).toBe('The crew were from Bergen')
    expect(quote(text, 'heading').mention).toBe('the station')
  })

  it('takes the subject of "X was quick to add that" and carries it to the next quote', () => {
    const text = 'Ola Brekke was quick to add that the deal does not cover the harbour.\n“Selling it? Not negotiable.”'
    expect(quote(text, 'deal').mention).toBe('Ola Brekke')
    expect(quote(text, 'Selling').q?.speaker?.name).toBe('Ola Brekke')
  })

  it('gives a quote after "X, the spokesman for the Y Party said in a statement." to the person', () => {
    const text = 'Ola Brekke, the spokesman for the Coastal Fishing Party said in a statement. “There are no boats to count.”'
    const { q, mention } = quote(text, 'boats')
    expect(q?.speaker?.name).toBe('Ola Brekke')
    expect(mention).toBe('Ola Brekke')
  })

  it('reads "told reporters CLAUSE" without "that" and keeps "told the BBC"', () => {
    expect(quote('Ola Brekke told reporters the boats were gone.', 'boats').q?.text).toBe('the boats were gone')
    expect(quote('Ola Brekke told the BBC the boats were gone.', 'boats').q?.text).toBe('the boats were gone')
  })

  it('reads "is quoted as saying" and "went on to say"', () => {
    expect(quote('Ola Brekke is quoted as saying the boats were gone.', 'boats').mention).toBe('Ola Brekke')
    expect(quote('Ola Brekke went on to say the boats were gone.', 'boats').mention).toBe('Ola Brekke')
  })

  it('finds the speaker before ", who …" when the relative clause ends in a quotation', () => {
    const { q, mention } = quote('Ola Brekke, who calls the mayor a “crook,” said he doesn’t believe the harbour will reopen.', 'harbour')
    expect(q?.text).toBe('he doesn’t believe the harbour will reopen')
    expect(mention).toBe('Ola Brekke')
  })

  it('leaves out a one- or two-word scare quote unless a verb of saying sits next to it', () => {
    expect(suggest('The town was proud of its “harbour spirit” that winter.').quotes).toHaveLength(0)
    expect(quote('The mayor called him a “crook” on Monday.', 'crook').q?.kind).toBe('partial')
  })

  it('names no speaker for a passive "was told that" / "when asked"', () => {
    const a = quote('Ola Brekke was told that the boats were gone.', 'boats')
    expect(a.q?.kind).toBe('indirect')
    expect(a.q?.speaker).toBeNull()
    expect(quote('When asked whether the boats were gone, Ola Brekke said the harbour was empty.', 'harbour').mention).toBe('Ola Brekke')
  })

  it('never resolves "he" or "she" to a group noun such as "Norwegians"', () => {
    const { q } = quote('Norwegians gathered outside the hall. She said the harbour would reopen in May.', 'harbour')
    expect(q?.speaker?.name).not.toBe('Norwegians')
  })

  it('reads a paragraph that opens with "Name:" as that person\'s words', () => {
    const text = 'The hearing went on for hours.\nOla Brekke: The harbour plans are not set in stone.'
    const { q, mention } = quote(text, 'harbour plans')
    expect(q?.text).toBe('The harbour plans are not set in stone')
    expect(mention).toBe('Ola Brekke')
    expect(suggest('The hearing went on for hours.\nAgenda: harbour plans and the budget for the year.').quotes).toHaveLength(0)
  })

  it('attributes quotes to phrasal verbs of speaking: "shot back", "went on", "cut in"', () => {
    expect(quote('Anna Berg shot back, “I chose to fulfil my profession as I saw fit.”', 'fulfil').q?.speaker?.name).toBe('Anna Berg')
    expect(quote('Ola Brekke spoke first. “We ought to start it up again and get going today,” he went on.', 'ought').mention).toBe('he')
    expect(quote('Her husband cut in: “Don’t forget me, I have been here for years.”', 'forget').mention).toBe('Her husband')
  })

  it('keeps a short capitalised quote that ends like speech and has a speaker after it', () => {
    const text = 'The mayor listened.\n“Really,” she added when the reporter pressed her.'
    expect(quote(text, 'Really').q?.kind).toBe('direct')
    expect(suggest('The ratings of “Harbour Nights” fell last year.').quotes).toHaveLength(0)
  })

  it('takes "point" as a verb of saying only with "out" or "to"', () => {
    expect(suggest('Ola Brekke laughed, pointing one and then the other of his ears.').quotes).toHaveLength(0)
    expect(quote('Ola Brekke pointed out that the harbour was empty.', 'harbour').q?.text).toBe('that the harbour was empty')
  })
})
