import { describe, expect, it } from 'vitest'
import type { Source } from '../../../src/core/model/Source'
import { article, attribution, doc, p, quote } from './helpers/doc'
import { findingsOf } from './helpers/findings'

const unattached = (a: Parameters<typeof findingsOf>[0], ctx?: Parameters<typeof findingsOf>[2]) => findingsOf(a, 'source-unattached', ctx)

describe('sources named in the text but not attached', () => {
  const wire = 'Ferry crews in Bergen walked out on Monday, Reuters reports.'

  it('“X reports”: warns once per source and jumps to the name', () => {
    const a = article(doc(p(wire), p('The strike could last a week, Reuters reported.')))
    expect(unattached(a)).toEqual([
      {
        id: 'source-unattached',
        key: 'source-unattached:reuters',
        severity: 'warning',
        message: 'The text cites “Reuters” as a source, but it is not attached to the article — attach it in the Sources tab.',
        blockIndex: 0,
        target: { kind: 'body', blockIndex: 0, from: 44, to: 51 }
      }
    ])
  })

  it('is quiet once the source is attached', () => {
    expect(unattached(article(doc(p(wire)), { sources: ['reuters'] }))).toEqual([])
  })

  it('“according to X”, but not “according to Iranian sources” or a person', () => {
    const a = article(doc(p('The talks failed, according to the Associated Press. According to Norwegian sources, the port stays shut. Nowak told Mayor John Harris so.')))
    expect(unattached(a).map((f) => f.key)).toEqual(['source-unattached:associated-press'])
  })

  it('with the workspace’s sources, any mention of a registered name counts, matched by id', () => {
    const sources: Source[] = [
      { id: 'harbour-gazette', type: 'website', name: 'Harbour Gazette' },
      { id: 'reuters', type: 'wire', name: 'Reuters' }
    ]
    const a = article(doc(p('The Harbour Gazette first reported the walkout.'), p(wire)), { sources: ['reuters'] })
    expect(unattached(a, { sources }).map((f) => [f.key, f.target])).toEqual([['source-unattached:harbour-gazette', { kind: 'body', blockIndex: 0, from: 4, to: 19 }]])
  })

  it('an attribution or quote tagged with a source that is not attached', () => {
    const a = article(
      doc(
        p('Crews walked out, ', ['the harbour authority said in a statement', attribution('harbour-authority')], '.'),
        p(['“We will not sail.”', quote('q-1', { speakerId: 'piotr-nowak', sourceId: 'nrk-interview', verified: true })])
      ),
      { sources: ['nrk-interview'] }
    )
    const found = unattached(a, { sources: [{ id: 'harbour-authority', type: 'press-release', name: 'Harbour Authority statement' }] })
    expect(found.map((f) => [f.key, f.message])).toEqual([
      [
        'source-unattached:harbour-authority',
        'The text cites Harbour Authority statement (“the harbour authority said in a statement”) as a source, but it is not attached to the article — attach it in the Sources tab.'
      ]
    ])
  })
})
