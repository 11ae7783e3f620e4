import { describe, expect, it } from 'vitest'
import { suggest } from '../../../src/core/suggest/suggest'

// Invented wire copy in the conventions of the seed article: one paragraph per line, curly
// quotes, titles before names, attribution after and before quotes, reported speech.
const WIRE = [
  'Oslo on Wednesday rejected claims that it had ignored the fishing dispute, Nordic Wire reports.',
  'Government spokesman Henrik Dahl said: “Norway has always defended its coastal communities.”',
  'He added that talks with the European Commission would resume next month.',
  'Prime Minister Anna Berg visited Tromsø on Tuesday, calling the new quotas “a serious mistake”.',
  'Dahl noted that it is too early to say how many boats will be affected: “We are still counting.”',
  '“If Brussels wants an agreement, we are ready,” the government spokesman said, stressing the role of Iceland.',
  '“We have waited long enough,” she said. “Now the other side must move.”',
  'According to industry sources, the fleet lost half its catch last winter.'
].join('\n')

const find = (text: string, needle: string) => {
  const r = suggest(text)
  const q = r.quotes.find((x) => x.text.includes(needle))
  if (!q) throw new Error(`no quote with ${needle}: ${JSON.stringify(r.quotes.map((x) => x.text))}`)
  return { q, mention: q.speaker?.start !== undefined ? text.slice(q.speaker.start, q.speaker.end) : undefined }
}

describe('suggest: quotes', () => {
  it('attributes "X said:" before a quote, with offsets into the text', () => {
    const { q, mention } = find(WIRE, 'Norway has always')
    expect(q.kind).toBe('direct')
    expect(q.text).toBe('“Norway has always defended its coastal communities.”')
    expect(WIRE.slice(q.start, q.end)).toBe(q.text)
    expect(q.speaker?.name).toBe('Henrik Dahl')
    expect(mention).toBe('Henrik Dahl')
    expect(q.cue).toBe('said')
  })

  it('resolves "He added that …" to the last person, as indirect speech', () => {
    const { q, mention } = find(WIRE, 'talks with the European Commission')
    expect(q.kind).toBe('indirect')
    expect(q.text.startsWith('that talks')).toBe(true)
    expect(q.speaker?.name).toBe('Henrik Dahl')
    expect(mention).toBe('He')
    expect(q.cue).toBe('added')
  })

  it('finds a partial quote and gives it the subject of the sentence', () => {
    const { q } = find(WIRE, 'a serious mistake')
    expect(q.kind).toBe('partial')
    expect(q.text).toBe('“a serious mistake”')
    expect(q.speaker?.name).toBe('Anna Berg')
    expect(q.cue).toBe('calling')
  })

  it('reads reported speech without quotation marks and the quote after its colon', () => {
    const indirect = find(WIRE, 'too early to say')
    expect(indirect.q.kind).toBe('indirect')
    expect(indirect.q.text).toBe('that it is too early to say how many boats will be affected')
    expect(indirect.q.speaker?.name).toBe('Henrik Dahl')
    expect(indirect.mention).toBe('Dahl')
    const direct = find(WIRE, 'still counting')
    expect(direct.q.speaker?.name).toBe('Henrik Dahl')
  })

  it('resolves a role noun ("the government spokesman") to the person who carried the role', () => {
    const { q, mention } = find(WIRE, 'If Brussels wants')
    expect(q.speaker?.name).toBe('Henrik Dahl')
    expect(mention).toBe('the government spokesman')
  })

  it('keeps both halves of a quote split by "she said" with the same speaker', () => {
    const first = find(WIRE, 'waited long enough')
    const second = find(WIRE, 'other side must move')
    expect(first.q.speaker?.name).toBe('Anna Berg')
    expect(second.q.speaker?.name).toBe('Anna Berg')
    expect(first.mention).toBe('she')
  })

  it('attributes "according to X"', () => {
    const { q, mention } = find(WIRE, 'the fleet lost half')
    expect(q.kind).toBe('indirect')
    expect(q.cue).toBe('According to')
    expect(mention).toBe('industry sources')
  })

  it('continues a quote across paragraphs that open with a quotation mark', () => {
    const text = [
      'Coach Marta Lind said after the match: “We started slowly.',
      '“In the second half we found our rhythm and the goals came.”',
      'The team plays again on Sunday.'
    ].join('\n')
    const r = suggest(text)
    expect(r.quotes).toHaveLength(2)
    expect(r.quotes[0].text).toBe('“We started slowly.')
    expect(r.quotes[1].text).toBe('“In the second half we found our rhythm and the goals came.”')
    expect(r.quotes[0].group).toBeDefined()
    expect(r.quotes[1].group).toBe(r.quotes[0].group)
    expect(r.quotes.every((q) => q.speaker?.name === 'Marta Lind')).toBe(true)
  })

  it('handles a quote that opens a paragraph and is attributed after it, with straight marks and a nested quote', () => {
    const text = 'Minister Jonas Vik spoke in Bergen.\n"They told us \'wait\' for three years," Vik said.'
    const { q, mention } = find(text, 'three years')
    expect(q.text).toBe('"They told us \'wait\' for three years,"')
    expect(q.speaker?.name).toBe('Jonas Vik')
    expect(mention).toBe('Vik')
  })

  it('leaves scare quotes and quoted titles alone', () => {
    const text = 'The so-called “green deal” was discussed on “Morning Edition” by the panel.'
    expect(suggest(text).quotes).toEqual([])
  })

  it('gives every quote a confidence in [0, 1]', () => {
    for (const q of suggest(WIRE).quotes) {
      expect(q.confidence).toBeGreaterThan(0)
      expect(q.confidence).toBeLessThanOrEqual(1)
    }
  })
})
