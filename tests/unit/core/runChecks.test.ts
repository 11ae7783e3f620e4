import { describe, expect, it } from 'vitest'
import { runChecks } from '../../../src/core/checks/runChecks'
import { testArticle } from './helpers/testArticle'

describe('runChecks', () => {
  it('warns about a missing headline', () => {
    expect(runChecks(testArticle({ type: 'doc', content: [] }, { headline: '  ' }))).toEqual([
      { id: 'missing-headline', severity: 'warning', message: 'No headline yet — add one before export' }
    ])
  })

  it('finds nothing wrong with a headline', () => {
    expect(runChecks(testArticle({ type: 'doc', content: [] }))).toEqual([])
  })
})
