import { describe, expect, it } from 'vitest'
import { writePlainText } from '../../../src/core/formats/export/writePlainText'
import { CREDIT_LINE, fixtureArticle, fixtureContext } from './fixtureArticle'

describe('writePlainText', () => {
  const text = writePlainText(fixtureArticle(), fixtureContext())

  it('starts with headline, standfirst, byline and dateline', () => {
    expect(text.split('\n\n').slice(0, 4)).toEqual([
      'Harbour board defends dredging plan for the Sele',
      'The board says the work will stop during the spawning season.',
      'By Tomas Varga and Lena Okafor',
      'PORT ALWEN, March 2'
    ])
  })

  it('writes the body as text, lists with markers, quotes with a prefix, no markup or tags', () => {
    expect(text).toContain('Harbour master Marta Quintero said: “We will not dredge while the fish spawn. Not one day.\n\nEverything else')
    expect(text).toContain('\n- Depth: 9 m\n- Cost: see the plan\n')
    expect(text).toContain('\n> Dredging is a promise kept.\n')
    expect(text).toContain('still doubts.\nFish & chips <stall> stays open.')
    expect(text).not.toMatch(/[[\]{}]|data-|\*\*/)
  })

  it('ends with a credits block: the credit line verbatim, sources, corrections', () => {
    const credits = text.slice(text.indexOf('Credits\n'))
    expect(credits).toBe(
      [
        'Credits',
        `Photo: ${CREDIT_LINE} (A dredger waits at the mouth of the Sele.)`,
        'Sources: The Coastal Ledger',
        'Correction (2026-03-02): An earlier version misspelt the river.',
        ''
      ].join('\n')
    )
  })

  it('numbers several photos and leaves out the notes', () => {
    const two = fixtureArticle({ photos: [{ creditLine: 'A / B' }, { creditLine: 'C', disclosure: 'Image generated with AI' }] })
    const out = writePlainText(two, fixtureContext())
    expect(out).toContain('Photo 1: A / B\nPhoto 2: C (Image generated with AI)\n')
    expect(out).not.toContain('Desk: check')
  })
})
