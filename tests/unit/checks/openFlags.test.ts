import { describe, expect, it } from 'vitest'
import { article, doc, entity, note, p } from './helpers/doc'
import { findingsOf } from './helpers/findings'

describe('open desk flags', () => {
  it('an open flag is an error with the note in the message and a jump to the flagged words', () => {
    const a = article(doc(p('Intro.'), p('The strike cost ', ['NOK 4 million', note('n-1', 'Check the figure with the union', true)], ' a day.')))
    expect(findingsOf(a, 'open-flag')).toEqual([
      {
        id: 'open-flag',
        key: 'open-flag:n-1',
        severity: 'error',
        message: 'Open desk flag on “NOK 4 million”: Check the figure with the union — resolve it or remove the flag.',
        blockIndex: 1,
        target: { kind: 'body', blockIndex: 1, from: 16, to: 29 }
      }
    ])
  })

  it('a plain note, or a resolved flag, does not block', () => {
    const a = article(doc(p(['NOK 4 million', note('n-1', 'Union figure', false)], ' and ', ['two days', note('n-2', 'Checked', true, { resolved: true })])))
    expect(findingsOf(a, 'open-flag')).toEqual([])
  })

  it('a flag over several text nodes (an entity inside it) is one finding covering them all', () => {
    const flag = note('n-7', 'Is this her title?', true)
    const a = article(doc(p(['Harbour master ', flag], ['Ines Kovač', flag, entity('ines-kovac')], ' said.')))
    const found = findingsOf(a, 'open-flag')
    expect(found.map((f) => f.target)).toEqual([{ kind: 'body', blockIndex: 0, from: 0, to: 25 }])
  })
})
