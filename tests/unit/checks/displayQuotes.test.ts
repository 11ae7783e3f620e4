import { describe, expect, it } from 'vitest'
import { findQuotedPassages } from '../../../src/core/checks/findQuotedPassages'
import { matchesSegments, quoteSegments, quoteWords } from '../../../src/core/checks/quoteWords'
import { article, doc, h2, p, quote } from './helpers/doc'
import { findingsOf } from './helpers/findings'

const BODY = [
  p('Harbour master Ines Kovač said: “The company has really ignored the crews with its silent treatment.”'),
  p('“We acted on every report,” she said, “and we will keep doing so.”'),
  p('She called the new rota “unsafe”.')
]

const mismatches = (a: Parameters<typeof findingsOf>[0]) => findingsOf(a, 'quote-mismatch')

describe('quotations in headline, standfirst and subheads', () => {
  it('a subhead that changes the words of the body quote is an error (the seed case, own words)', () => {
    const subhead = 'Harbour: “The company has clearly ignored the crews”'
    const a = article(doc(BODY[0]!, h2(subhead), BODY[1]!))
    const found = mismatches(a)
    expect(found).toEqual([
      {
        id: 'quote-mismatch',
        key: 'quote-mismatch:subhead:the company has clearly ignored the crews',
        severity: 'error',
        message:
          'The subhead quotes “The company has clearly ignored the crews”, but the body\'s quote reads “The company has really ignored the crews with its silent treatment.” (the body does not say “clearly”) — quote the body\'s exact words or drop the quotation marks.',
        blockIndex: 1,
        target: { kind: 'body', blockIndex: 1, from: 9, to: subhead.length }
      }
    ])
  })

  it('a subhead quoting part of a body quote, in any quote style, passes', () => {
    const a = article(doc(BODY[0]!, h2('Kovač: ‘The company has really ignored the crews’'), h2('"Really ignored the crews"'), BODY[1]!))
    expect(mismatches(a)).toEqual([])
  })

  it('a subhead never matches itself: the quote must be in the body', () => {
    const a = article(doc(h2('“We will strike again”'), p('The union said it would strike again.')))
    expect(mismatches(a).map((f) => f.message)).toEqual([
      'The subhead quotes “We will strike again”, but no quote in the body says that — quote the body\'s exact words or drop the quotation marks.'
    ])
  })

  it('checks the headline and the standfirst, pointing at the quotation in the field', () => {
    const headline = 'Port chief: "We ignored every report"'
    const a = article(doc(...BODY), { headline, standfirst: 'Kovač says the rota is “dangerous” and the company “really ignored the crews”.' })
    const found = mismatches(a)
    expect(found.map((f) => [f.key, f.target])).toEqual([
      ['quote-mismatch:headline:we ignored every report', { kind: 'field', field: 'headline', from: 12, to: headline.length }],
      ['quote-mismatch:standfirst:dangerous', { kind: 'field', field: 'standfirst', from: 23, to: 34 }]
    ])
  })

  it('allows an ellipsis or an editor’s insertion for words left out, in order only', () => {
    const ok = article(doc(...BODY), { headline: 'Kovač: “The company has … ignored the crews”', standfirst: '“[We] acted on every report”, says the harbour master.' })
    expect(mismatches(ok)).toEqual([])
    const dots = article(doc(...BODY), { headline: '“The company has...ignored the crews”' })
    expect(mismatches(dots)).toEqual([])
    const swapped = article(doc(...BODY), { headline: '“ignored the crews … The company has”' })
    expect(mismatches(swapped).map((f) => f.key)).toEqual(['quote-mismatch:headline:ignored the crews the company has'])
  })

  it('reads a quote split by “she said” as one, and a quote running over paragraphs as one', () => {
    const split = article(doc(...BODY), { headline: '“We acted on every report and we will keep doing so”' })
    expect(mismatches(split)).toEqual([])
    const running = article(doc(p('She said: “We acted on every report.'), p('“And we will keep doing so.”')), { headline: '“Every report and we will keep”' })
    expect(mismatches(running)).toEqual([])
  })

  it('ignores case, accents, apostrophe style and punctuation', () => {
    const a = article(doc(p('He said: “The crews’ union won’t sign, Kovač says.”')), { headline: '"THE CREWS\' UNION WON\'T SIGN, KOVAC SAYS"' })
    expect(mismatches(a)).toEqual([])
  })

  it('scare quotes must match a quoted word in the body too', () => {
    expect(mismatches(article(doc(...BODY), { headline: 'Rota “unsafe”, says harbour master' }))).toEqual([])
    const reported = article(doc(p('She said the rota was unsafe.')), { headline: 'Rota “unsafe”, says harbour master' })
    expect(mismatches(reported).map((f) => f.key)).toEqual(['quote-mismatch:headline:unsafe'])
  })

  it('counts a tagged direct quote set without quotation marks', () => {
    const a = article(doc(p('Her statement read: ', ['The rota is unsafe and must go.', quote('q-1', { speakerId: 'ines-kovac' })])), { headline: 'Kovač: “The rota is unsafe”' })
    expect(mismatches(a)).toEqual([])
  })

  it('an apostrophe in a headline is not a quotation', () => {
    const a = article(doc(p('No quotes here.')), { headline: "Bergen's ferries stay in port as crews' strike goes on" })
    expect(mismatches(a)).toEqual([])
  })
})

describe('findQuotedPassages', () => {
  const texts = (t: string) => findQuotedPassages(t).map((q) => t.slice(q.start, q.end))

  it('finds curly, straight and single quotations, leaving apostrophes alone', () => {
    expect(texts('A “b c” d "e f" g ‘h i’ j \'k l\' m')).toEqual(['b c', 'e f', 'h i', 'k l'])
    expect(texts('Iran’s and the crews’ rota, Bergen\'s port')).toEqual([])
    expect(texts('“She said ‘no’ to me,” he said.')).toEqual(['She said ‘no’ to me,'])
    expect(texts('«Nous partons»')).toEqual(['Nous partons'])
  })

  it('marks a quote left open at the end of the text', () => {
    const [q] = findQuotedPassages('She said: “We acted.')
    expect(q).toMatchObject({ open: true, marks: 'double', start: 11 })
  })
})

describe('quote words', () => {
  it('normalises words and splits at ellipses and insertions', () => {
    expect(quoteWords('“U.S. cease-fire,” Iran’s élite')).toEqual(['us', 'ceasefire', 'irans', 'elite'])
    expect(quoteSegments('We … will [the union] strike...again')).toEqual([['we'], ['will'], ['strike'], ['again']])
    expect(matchesSegments(['a', 'b', 'c', 'd'], [['a'], ['c', 'd']])).toBe(true)
    expect(matchesSegments(['a', 'b', 'c', 'd'], [['c'], ['a']])).toBe(false)
    expect(matchesSegments(['a', 'b'], [])).toBe(false)
  })
})
