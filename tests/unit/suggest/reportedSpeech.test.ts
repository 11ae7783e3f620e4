import { describe, expect, it } from 'vitest'
import { suggest } from '../../../src/core/suggest/suggest'

const quote = (text: string, needle: string) => {
  const q = suggest(text).quotes.find((x) => x.text.includes(needle))
  return { q, mention: q?.speaker?.start !== undefined ? text.slice(q.speaker.start, q.speaker.end) : undefined }
}

describe('suggest: reported speech and attribution patterns', () => {
  it('reads "CLAUSE, officials said." and "CLAUSE, said X."', () => {
    const a = quote('The harbour will reopen on Friday, port officials said.', 'harbour')
    expect(a.q?.text).toBe('The harbour will reopen on Friday')
    expect(a.q?.kind).toBe('indirect')
    expect(a.mention).toBe('port officials')
    const b = quote('Talks will resume in March, said Ola Brekke.', 'Talks')
    expect(b.q?.speaker?.name).toBe('Ola Brekke')
  })

  it('reads "As X noted, CLAUSE"', () => {
    const { q, mention } = quote('As Ola Brekke noted, the quotas were never negotiated.', 'quotas')
    expect(q?.text).toBe('the quotas were never negotiated')
    expect(mention).toBe('Ola Brekke')
  })

  it('reads "X told reporters (that) CLAUSE" and skips "on Tuesday"', () => {
    const a = quote('Ola Brekke told reporters that the fleet would stay in port.', 'fleet')
    expect(a.q?.text).toBe('that the fleet would stay in port')
    const b = quote('Ola Brekke said on Tuesday the fleet would stay in port.', 'fleet')
    expect(b.q?.text).toBe('the fleet would stay in port')
    expect(b.q?.cue).toBe('said')
  })

  it('finds the speaker across an apposition and a party tag', () => {
    const a = quote('Ola Brekke, a spokesman for the ministry, said the decision was final.', 'decision')
    expect(a.mention).toBe('Ola Brekke')
    const b = quote('Sen. Ruth Calder (D-Ore.) said the bill would pass.', 'bill')
    expect(b.q?.speaker?.name).toBe('Ruth Calder')
  })

  it('resolves "who" to the name the relative clause hangs on', () => {
    const { q, mention } = quote('The plan was backed by Mayor Ruth Calder, who noted that the budget had doubled.', 'budget')
    expect(mention).toBe('who')
    expect(q?.speaker?.name).toBe('Ruth Calder')
  })

  it('reads speech acts with an infinitive: "urged X to", "promised to", "called for"', () => {
    expect(quote('Ruth Calder urged the council to delay the vote.', 'delay')?.q?.text).toBe('the council to delay the vote')
    expect(quote('Ruth Calder promised to cut the harbour fees.', 'fees')?.q?.text).toBe('to cut the harbour fees')
    expect(quote('Ruth Calder called for an independent inquiry into the spill.', 'inquiry')?.q?.text).toBe('an independent inquiry into the spill')
  })

  it('gives a participle the speaker of the quote before it: “…,” he said, adding that …', () => {
    const text = 'Ola Brekke spoke first.\n“We are ready,” he said, adding that the ministry would publish the figures.'
    const { q, mention } = quote(text, 'publish the figures')
    expect(q?.text).toBe('that the ministry would publish the figures')
    expect(mention).toBe('he')
    expect(q?.speaker?.name).toBe('Ola Brekke')
  })

  it('takes any verb after “…?” and a name as the attribution: “…?” Calder pressed.', () => {
    const text = 'Ruth Calder met Ola Brekke.\n“Will the harbour reopen this year?” Calder pressed.'
    const { q } = quote(text, 'harbour reopen')
    expect(q?.speaker?.name).toBe('Ruth Calder')
    expect(q?.cue).toBe('pressed')
  })

  it('makes reported speech with quoted words one partial quote', () => {
    const { q } = quote('Ruth Calder said the council had made “a historic mistake” on Monday.', 'historic')
    expect(q?.kind).toBe('partial')
    expect(q?.text).toBe('the council had made “a historic mistake” on Monday')
  })

  it('does not take a quoted programme title for speech, even after "said on"', () => {
    const quotes = suggest('“We are ready,” Brekke said on NRK’s “Morning Show” program.').quotes
    expect(quotes.map((q) => q.text)).toEqual(['“We are ready,”'])
  })

  it('does not read nouns as speech verbs ("the state", "his remarks")', () => {
    expect(suggest('The state of the harbour worries the council and the state budget is tight.').quotes).toEqual([])
  })

  it('resolves a definite role description, but not an indefinite one', () => {
    const text = 'Coach Marta Lind left early. A teacher said the match had been unfair. The coach said the team would appeal.'
    expect(quote(text, 'unfair').q?.speaker?.name).toBe('teacher')
    expect(quote(text, 'would appeal').q?.speaker?.name).toBe('Marta Lind')
  })

  it('takes the name in apposition after "according to the …,"', () => {
    const { q, mention } = quote('According to the team’s coach, Marta Lind, the robot broke down twice.', 'robot')
    expect(mention).toBe('Marta Lind')
    expect(q?.text).toBe('the robot broke down twice')
  })
})
