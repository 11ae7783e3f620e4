import { describe, expect, it } from 'vitest'
import { parseQuery } from '../../../src/core/search/parseQuery'
import { isEmptyQuery } from '../../../src/core/search/SearchQuery'
import { withFilter } from '../../../src/core/search/withFilter'

describe('parseQuery', () => {
  it('reads free words, the last one as a prefix while typed', () => {
    const q = parseQuery('kremlin suppo')
    expect(q.words).toEqual(['kremlin', 'suppo'])
    expect(q.prefixLast).toBe(true)
    expect(parseQuery('kremlin support ').prefixLast).toBe(false)
  })

  it('splits words at punctuation as the index does', () => {
    expect(parseQuery('al-Rashid, Iran’s').words).toEqual(['al', 'Rashid', 'Iran’s'])
  })

  it('reads quoted phrases, straight or curly, closed or still open', () => {
    expect(parseQuery('"really supported" Iran').phrases).toEqual([['really', 'supported']])
    expect(parseQuery('“has clearly supported”').phrases).toEqual([['has', 'clearly', 'supported']])
    // A phrase still being typed: its last word is a prefix until the quote closes or a space follows.
    const open = parseQuery('peskov "too early to s')
    expect(open.phrases).toEqual([['too', 'early', 'to']])
    expect(open.words).toEqual(['peskov', 's'])
    expect(open.prefixLast).toBe(true)
    const spaced = parseQuery('peskov "too early ')
    expect(spaced.phrases).toEqual([['too', 'early']])
    expect(spaced.prefixLast).toBe(false)
    expect(parseQuery('"Kremlin"').words).toEqual(['Kremlin'])
  })

  it('reads excluded words', () => {
    const q = parseQuery('strike -ferry -"night shift"')
    expect(q.words).toEqual(['strike'])
    expect(q.excluded).toEqual(['ferry', 'night', 'shift'])
  })

  it('reads every filter', () => {
    const q = parseQuery(
      'status:ready speaker:peskov entity:iran source:reuters agency:getty before:2026-05-01 after:2026-04 has:errors kremlin'
    )
    expect(q.words).toEqual(['kremlin'])
    expect(q.filters).toEqual({
      status: ['ready'],
      speakers: ['peskov'],
      entities: ['iran'],
      sources: ['reuters'],
      agencies: ['getty'],
      before: '2026-05-01',
      after: '2026-04-01',
      has: ['errors']
    })
    expect(q.problems).toEqual([])
  })

  it('reads quoted filter values, lists and case', () => {
    const q = parseQuery('speaker:"Dmitry Peskov" STATUS:Ready,published entity:“Islamic Republic”')
    expect(q.filters.speakers).toEqual(['Dmitry Peskov'])
    expect(q.filters.status).toEqual(['ready', 'published'])
    expect(q.filters.entities).toEqual(['Islamic Republic'])
    expect(q.words).toEqual([])
  })

  it('repeats of a filter all apply', () => {
    expect(parseQuery('entity:iran entity:russia').filters.entities).toEqual(['iran', 'russia'])
  })

  it('reports values it cannot read, and ignores a filter still being typed', () => {
    const q = parseQuery('status:urgent before:tuesday has:wings after:2026-02-30 speaker:')
    expect(q.problems).toHaveLength(4)
    expect(q.problems[0]).toMatch(/^status:urgent/)
    expect(q.filters.status).toEqual([])
    expect(q.filters.before).toBeUndefined()
    expect(q.filters.speakers).toEqual([])
  })

  it('leaves out a filter value still being typed, without calling it wrong', () => {
    const typing = parseQuery('iran status:rea')
    expect(typing.problems).toEqual([])
    expect(typing.filters.status).toEqual([])
    expect(parseQuery('iran status:rea ').problems).toHaveLength(1)
    expect(parseQuery('iran status:ready').filters.status).toEqual(['ready'])
  })

  it('takes what only looks like a filter for text', () => {
    const q = parseQuery('meeting at 10:30 http://example.org')
    expect(q.words).toEqual(['meeting', 'at', '10', '30', 'http', 'example', 'org'])
    expect(q.filters.status).toEqual([])
  })

  it('knows an empty query', () => {
    expect(isEmptyQuery(parseQuery('   '))).toBe(true)
    expect(isEmptyQuery(parseQuery('has:errors'))).toBe(false)
    expect(isEmptyQuery(parseQuery('speaker:'))).toBe(true)
  })
})

describe('withFilter', () => {
  it('puts a filter first, so the word being typed stays last', () => {
    expect(withFilter('peskov', 'status', 'ready')).toBe('status:ready peskov')
    expect(parseQuery(withFilter('peskov', 'status', 'ready')).prefixLast).toBe(true)
  })

  it('replaces the filter of that key and keeps the others', () => {
    expect(withFilter('status:draft speaker:peskov iran', 'status', 'ready')).toBe('status:ready speaker:peskov iran')
    expect(withFilter('is:draft iran', 'status', 'ready')).toBe('status:ready iran')
  })

  it('quotes values with spaces and removes a filter', () => {
    expect(withFilter('iran', 'speaker', 'Dmitry Peskov')).toBe('speaker:"Dmitry Peskov" iran')
    expect(withFilter('speaker:"Dmitry Peskov" iran', 'speaker', null)).toBe('iran')
    expect(withFilter('', 'has', 'errors')).toBe('has:errors ')
  })
})
