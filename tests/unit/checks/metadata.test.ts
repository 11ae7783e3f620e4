import { describe, expect, it } from 'vitest'
import { article, doc, p } from './helpers/doc'
import { findingsOf } from './helpers/findings'

const body = doc(p('The ferry did not sail.'))

describe('missing metadata', () => {
  it('warns about a missing or blank headline, pointing at the field', () => {
    expect(findingsOf(article(body, { headline: '  ' }), 'missing-headline')).toEqual([
      { id: 'missing-headline', key: 'missing-headline', severity: 'warning', message: 'No headline yet — add one before export', target: { kind: 'field', field: 'headline' } }
    ])
    expect(findingsOf(article(body), 'missing-headline')).toEqual([])
  })

  it('warns about a missing byline', () => {
    for (const bylines of [undefined, [], ['  ']]) {
      expect(findingsOf(article(body, { bylines }), 'missing-byline').map((f) => [f.severity, f.target])).toEqual([['warning', { kind: 'field', field: 'bylines' }]])
    }
    expect(findingsOf(article(body), 'missing-byline')).toEqual([])
  })

  it('warns about a missing dateline or one without a place', () => {
    expect(findingsOf(article(body, { dateline: undefined }), 'missing-dateline')[0]?.message).toMatch(/^No dateline/)
    expect(findingsOf(article(body, { dateline: { date: '2025-03-04' } }), 'missing-dateline')[0]?.message).toMatch(/no place/)
    expect(findingsOf(article(body, { dateline: { place: 'BERGEN' } }), 'missing-dateline')).toEqual([])
  })
})
