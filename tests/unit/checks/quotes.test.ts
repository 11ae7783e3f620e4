import { describe, expect, it } from 'vitest'
import { article, doc, p, quote } from './helpers/doc'
import { findingsOf } from './helpers/findings'

describe('quote checks', () => {
  it('a direct quote without a speaker is an error pointing at the quote', () => {
    const q = '“We will not sail until the rota is fixed.”'
    const a = article(doc(p('Crews said: ', [q, quote('q-1')])))
    expect(findingsOf(a, 'quote-speaker')).toEqual([
      {
        id: 'quote-speaker',
        key: 'quote-speaker:q-1',
        severity: 'error',
        message: 'The quote “We will not sail until the rota is fixed.” has no speaker — pick who said it.',
        blockIndex: 0,
        target: { kind: 'body', blockIndex: 0, from: 12, to: 12 + q.length }
      }
    ])
  })

  it('a direct quote with a speaker, or a partial or indirect one without, is no error', () => {
    const a = article(
      doc(
        p('She said: ', ['“We will not sail.”', quote('q-1', { speakerId: 'ines-kovac' })]),
        p('They called it ', ['“unsafe”', quote('q-2', { kind: 'partial' })], ' and said ', ['the rota was wrong', quote('q-3', { kind: 'indirect' })], '.')
      )
    )
    expect(findingsOf(a, 'quote-speaker')).toEqual([])
  })

  it('a quote over two paragraphs needs its speaker once, and is reported once', () => {
    const a = article(
      doc(p(['“We will not sail.', quote('q-1', { speakerId: 'ines-kovac', verified: true })]), p(['“Not this week.”', quote('q-1', { verified: true })]))
    )
    expect(findingsOf(a, 'quote-speaker')).toEqual([])
    expect(findingsOf(a, 'quote-unverified')).toEqual([])
    const b = article(doc(p(['“We will not sail.', quote('q-9')]), p(['“Not this week.”', quote('q-9')])))
    expect(findingsOf(b, 'quote-speaker').map((f) => f.key)).toEqual(['quote-speaker:q-9'])
  })

  it('warns about every tagged quote not marked verified, partial and indirect included', () => {
    const a = article(
      doc(
        p(['“We will not sail.”', quote('q-1', { speakerId: 'ines-kovac' })], ' ', ['“Ever.”', quote('q-2', { speakerId: 'ines-kovac', verified: true })]),
        p(['the rota was wrong', quote('q-3', { kind: 'indirect', speakerId: 'ines-kovac' })])
      )
    )
    const found = findingsOf(a, 'quote-unverified')
    expect(found.map((f) => [f.key, f.severity, f.target])).toEqual([
      ['quote-unverified:q-1', 'warning', { kind: 'body', blockIndex: 0, from: 0, to: 19 }],
      ['quote-unverified:q-3', 'warning', { kind: 'body', blockIndex: 1, from: 0, to: 18 }]
    ])
    expect(found[0]?.message).toBe('The quote “We will not sail.” is not marked verified — check it against the source, then mark it verified.')
  })

  it('a quote with one unverified paragraph is unverified', () => {
    const a = article(doc(p(['“We will not sail.', quote('q-1', { speakerId: 'x', verified: true })]), p(['“Not this week.”', quote('q-1', { speakerId: 'x' })])))
    expect(findingsOf(a, 'quote-unverified').map((f) => f.key)).toEqual(['quote-unverified:q-1'])
  })
})
