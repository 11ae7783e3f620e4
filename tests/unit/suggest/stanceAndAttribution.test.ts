import { describe, expect, it } from 'vitest'
import { suggest } from '../../../src/core/suggest/suggest'

// Fixtures written for these tests, in wire style; names and places are invented or generic.
const quote = (text: string, needle: string) => {
  const q = suggest(text).quotes.find((x) => x.text.includes(needle))
  return { q, mention: q?.speaker?.start !== undefined ? text.slice(q.speaker.start, q.speaker.end) : undefined }
}

describe('suggest: archive quotation marks and abbreviated titles', () => {
  it("reads two straight apostrophes as a double quotation mark: ''…,'' Mr. Dahl said", () => {
    const text = "''We will not sign this deal,'' Mr. Dahl said. ''It leaves the coast behind.''"
    const { q, mention } = quote(text, 'sign this deal')
    expect(q?.text).toBe("''We will not sign this deal,''")
    expect(q?.kind).toBe('direct')
    expect(mention).toBe('Mr. Dahl')
  })

  it('reads an attribution through an abbreviated title: “…,” said Sen. Ruth Calder', () => {
    const { mention } = quote('“The bill is dead,” said Sen. Ruth Calder on Tuesday.', 'bill is dead')
    expect(mention).toBe('Sen. Ruth Calder')
  })

  it('types a name after an honorific with a period as a person, whatever the word', () => {
    const entities = suggest('Mr. Prince and Ms. Conway met Dr. Rosa Lind.').entities
    expect(entities.map((e) => [e.text, e.type])).toEqual([
      ['Prince', 'person'],
      ['Conway', 'person'],
      ['Rosa Lind', 'person']
    ])
  })
})

describe('suggest: reported speech attributed after it', () => {
  it('takes the whole noun phrase before the verb: "CLAUSE, the BBC reported." / "CLAUSE, Norway’s ambassador to France confirmed."', () => {
    const a = quote('The ferry had left Bergen an hour late, the BBC reported.', 'ferry')
    expect(a.q?.text).toBe('The ferry had left Bergen an hour late')
    expect(a.mention).toBe('the BBC')
    const b = quote('The cadet was returning home to see his mother, Norway’s ambassador to France confirmed.', 'cadet')
    expect(b.q?.text).toBe('The cadet was returning home to see his mother')
    expect(b.mention).toBe('Norway’s ambassador to France')
  })

  it('allows adjuncts after the verb: "…, a school spokesman told The Harbour Post." / "…, the ministry said on Thursday."', () => {
    const a = quote('He had been completing his second year, a school spokesman told The Harbour Post.', 'second year')
    expect(a.q?.text).toBe('He had been completing his second year')
    expect(a.mention).toBe('a school spokesman')
    const b = quote('The pilot had logged 6,000 hours of flying time, the ministry said on Thursday.', 'pilot')
    expect(b.mention).toBe('the ministry')
  })

  it('reads an inverted speaker with adjuncts: "…, said a spokesman for the ministry on Tuesday."', () => {
    const { q, mention } = quote('The talks will resume in May, said a spokesman for the ministry on Tuesday.', 'talks')
    expect(q?.text).toBe('The talks will resume in May')
    expect(mention).toBe('a spokesman for the ministry')
  })

  it('reads a long inverted speaker after a direct quote: “…,” said former fisheries minister Anna Berg during the debate', () => {
    const { q, mention } = quote('“We should have acted sooner,” said former fisheries minister Anna Berg during the debate.', 'acted sooner')
    expect(q?.speaker?.name).toBe('Anna Berg')
    expect(mention).toBe('former fisheries minister Anna Berg')
  })
})

describe('suggest: stances and their objects', () => {
  it('reads a stance verb with its object: "X endorsed Y", "X wants Y", "X talked about Y"', () => {
    const a = quote('Anna Berg endorsed Jonas Vik on Tuesday.', 'Jonas Vik')
    expect(a.q?.text).toBe('Jonas Vik on Tuesday')
    expect(a.q?.kind).toBe('indirect')
    expect(a.mention).toBe('Anna Berg')
    expect(quote('The union wants a new vote on the quotas.', 'new vote').q?.text).toBe('a new vote on the quotas')
    expect(quote('She talked about the closure of the harbour.', 'closure').q?.text).toBe('the closure of the harbour')
  })

  it('does not read a passive or a noun as a stance: "was criticized for", "the support"', () => {
    expect(suggest('The mayor was criticized for the delay.').quotes).toEqual([])
    expect(suggest('The support of the fleet grew last year.').quotes).toEqual([])
  })

  it('reads "declined to say whether …" and a poll that "shows" a result', () => {
    expect(quote('The minister declined to say whether the plan would survive.', 'survive').q?.text).toBe(
      'to say whether the plan would survive'
    )
    const { q, mention } = quote('A new poll shows Jonas Vik ahead in the northern districts.', 'ahead')
    expect(q?.text).toBe('Jonas Vik ahead in the northern districts')
    expect(mention).toBe('A new poll')
  })

  it('reads stance adjectives and nouns: "is upbeat about", "voiced support for", "his calls for"', () => {
    expect(quote('Anna Berg is upbeat about the fleet’s chances next season.', 'chances').q?.text).toBe('the fleet’s chances next season')
    expect(quote('Jonas Vik voiced support for the new quotas on Wednesday.', 'quotas').q?.speaker?.name).toBe('Jonas Vik')
    const { q, mention } = quote('On Thursday, he repeated his calls for a ban on trawling.', 'ban on trawling')
    expect(q?.text).toBe('a ban on trawling')
    expect(mention).toBe('he')
  })

  it('gives an infinitive the subject of the verb it depends on', () => {
    const { mention } = quote('Anna Berg, meanwhile, was courting fishermen, refusing to concede that the quotas had hurt them.', 'quotas had hurt')
    expect(mention).toBe('Anna Berg')
  })

  it('ends reported content where a second attribution begins', () => {
    const text = 'Anna Berg said the talks had failed and predicted that the fleet would stay in port.'
    const quotes = suggest(text).quotes.map((q) => q.text)
    expect(quotes).toEqual(['the talks had failed', 'that the fleet would stay in port'])
    const b = suggest('After announcing his support for the deal, Jonas Vik still believes that the quotas are too low.').quotes.map((q) => q.text)
    expect(b).toContain('that the quotas are too low')
  })

  it('finds "that" after a longer stretch of adjuncts, but not a relative "that"', () => {
    const a = quote('Anna Berg said in an interview with The Harbour Post last week that the quotas were too low.', 'quotas')
    expect(a.q?.text).toBe('that the quotas were too low')
    expect(a.mention).toBe('Anna Berg')
    expect(quote('Anna Berg said in a video that showed the harbour at dawn.', 'showed')?.q?.text ?? '').not.toMatch(/^that/)
  })
})

describe('suggest: headlines', () => {
  it('reads "Name: what they said" and "Name Says …" in a headline', () => {
    const a = quote('Berg: The Quotas Will Not Change.\nAnna Berg spoke in Bergen on Monday.', 'Quotas')
    expect(a.q?.text).toBe('The Quotas Will Not Change')
    expect(a.mention).toBe('Berg')
    const b = quote('Anna Berg Says Fleet Will Stay In Port\nThe minister spoke on Monday.', 'Fleet')
    expect(b.q?.text).toBe('Fleet Will Stay In Port')
    expect(b.q?.speaker?.name).toBe('Anna Berg')
  })

  it('splits "Backs X And Denounces Y" and leaves rubrics alone ("WATCH: …")', () => {
    const quotes = suggest('Anna Berg Backs Jonas Vik And Denounces The Quotas\nText.').quotes.map((q) => q.text)
    expect(quotes).toEqual(['Jonas Vik', 'The Quotas'])
    expect(suggest('WATCH: Fishing Boats Return To Bergen Harbour\nText.').quotes).toEqual([])
  })
})

describe('suggest: speakers', () => {
  it('does not take a noun for the speech verb of a lead sentence: “…,” he wrote in a blog post. “…”', () => {
    const text = 'Jonas Vik spoke first.\n“The data belong to both campaigns,” he wrote in a blog post. “Sharing them is critical.”'
    const { q, mention } = quote(text, 'Sharing them')
    expect(mention).toBe('he')
    expect(q?.speaker?.name).toBe('Jonas Vik')
  })

  it('does not attribute a quote that ends its sentence to the next sentence’s speaker', () => {
    const text = 'Anna Berg called the ruling “arbitrary.” Jonas Vik, a harbour official, said the ruling was fair.'
    expect(quote(text, 'arbitrary').q?.speaker?.name).toBe('Anna Berg')
  })

  it('reads "the organiser said" as a description of the speaker', () => {
    expect(quote('“You are the best messengers,” the organiser said.', 'messengers').mention).toBe('the organiser')
  })
})

describe('suggest: more attribution shapes', () => {
  it('gives a lead sentence with an inverted speaker to the quote after it: “…,” said X in a tweet. “…”', () => {
    const text = '“There is no plan,” said harbour spokesman Ola Brekke in a Friday tweet. “It is a media creation.”'
    const { q, mention } = quote(text, 'media creation')
    expect(q?.speaker?.name).toBe('Ola Brekke')
    expect(mention).toBe('harbour spokesman Ola Brekke')
  })

  it('reads "secretary of state" inside an inverted speaker as a title, not a verb', () => {
    const { mention } = quote('“We must act,” said former secretary of state Rosa Lind, who spoke after the vote.', 'must act')
    expect(mention).toBe('former secretary of state Rosa Lind')
  })

  it('splits "…, X said, adding that …" and "X saying … and Y calling …" into one quote per attribution', () => {
    const a = suggest('Spending helped growth, a ministry official said, adding that the impact was hard to estimate.').quotes.map((q) => q.text)
    expect(a).toEqual(['Spending helped growth', 'that the impact was hard to estimate'])
    const b = suggest('The two issued a statement, Berg saying she was encouraged and Vik calling it a great meeting.').quotes.map((q) => q.text)
    expect(b).toEqual(['she was encouraged', 'it a great meeting'])
  })

  it('reads views nobody is named for: "is expected to", "it is unclear whether", "there is no doubt that"', () => {
    const a = quote('Other groups are also expected to spend millions on ads next year.', 'spend millions')
    expect(a.q?.text).toBe('Other groups are also expected to spend millions on ads next year')
    expect(a.q?.speaker).toBeNull()
    expect(quote('It is unclear whether the quotas will be enough.', 'quotas')?.q?.text).toBe('whether the quotas will be enough')
    expect(quote('There is no doubt that the fleet is shrinking.', 'fleet')?.q?.text).toBe('that the fleet is shrinking')
  })
})
