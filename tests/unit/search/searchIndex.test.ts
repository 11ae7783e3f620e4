import { describe, expect, it } from 'vitest'
import type { Article } from '../../../src/core/model/Article'
import { buildSearchEntry } from '../../../src/core/search/buildSearchEntry'
import { findTermRanges } from '../../../src/core/search/findTermRanges'
import { matchEntityIds, type NamedEntity } from '../../../src/core/search/matchEntityIds'
import { parseQuery } from '../../../src/core/search/parseQuery'
import { SEARCH_FORMAT, SearchIndex, type SearchSort } from '../../../src/core/search/SearchIndex'
import { article, attribution, doc, entity, h2, note, p, quote } from '../checks/helpers/doc'

const REGISTRY: NamedEntity[] = [
  { id: 'dmitry-peskov', name: 'Dmitry Peskov', aliases: ['the Kremlin spokesman'] },
  { id: 'iran', name: 'Iran', aliases: ['Islamic Republic'] },
  { id: 'abbas-araqchi', name: 'Abbas Araqchi', aliases: ['Arakchi'] },
  { id: 'piet-aalders', name: 'Piet Aalders' }
]

const KREMLIN = article(
  doc(
    h2('Russia has clearly supported Iran'),
    p(
      ['Dmitry Peskov', entity('dmitry-peskov')],
      ' said: ',
      ['“Russia has really supported ', quote('q1', { speakerId: 'dmitry-peskov' })],
      ['Iran', quote('q1', { speakerId: 'dmitry-peskov' }), entity('iran', 'place')],
      [' with its clear political position.”', quote('q1', { speakerId: 'dmitry-peskov' })],
      ' Reuters reports.'
    ),
    p('Peskov noted that it is too early to talk about the governments involved.')
  ),
  {
    id: 'a-kremlin',
    headline: 'Kremlin says Russia clearly supported Iran',
    status: 'ready',
    updatedAt: '2026-04-20T10:00:00.000Z',
    sources: ['reuters'],
    photos: [{ creditLine: 'SalamPix-Abaca / Shutterstock Editorial', agency: 'SalamPix-Abaca', distributor: 'Shutterstock Editorial', caption: 'Ministers meet in Moscow', altText: 'Two men shake hands' }]
  }
)

const HARBOUR = article(
  doc(
    p('Dock workers in Tindal walked out on Monday. ', ['Piet Aalders', entity('piet-aalders')], ' said: ', ['“We warned them in March.”', quote('q2', { speakerId: 'piet-aalders' })]),
    p('The strike is supported by the ferry crews, ', ['Northwire', attribution('northwire')], ' reports.'),
    p(['Talks are due next week', note('n1', 'Check date', true)], '.')
  ),
  {
    id: 'a-harbour',
    headline: 'Harbour strike spreads',
    status: 'draft',
    updatedAt: '2026-05-03T08:00:00.000Z',
    photos: [{ creditLine: 'Jane Doe / Getty Images' }]
  }
)

const DRAFT = article(doc(p('A note on the supported budget in Kirkvik, with Araqchi mentioned once.')), {
  id: 'a-budget',
  headline: 'Budget notes',
  status: 'edited',
  updatedAt: '2026-03-01T08:00:00.000Z'
})

function build(articles: Article[] = [KREMLIN, HARBOUR, DRAFT]): SearchIndex {
  const index = SearchIndex.create()
  for (const a of articles) index.put(buildSearchEntry(a), a.updatedAt)
  return index
}

function find(index: SearchIndex, input: string, sort: SearchSort = 'relevance'): string[] {
  const q = parseQuery(input)
  const resolved = {
    speakers: q.filters.speakers.map((v) => matchEntityIds(v, REGISTRY)),
    entities: q.filters.entities.map((v) => matchEntityIds(v, REGISTRY))
  }
  return index.search(q, resolved, sort).ids
}

describe('SearchIndex', () => {
  const index = build()

  it('finds the forms of a word by its stem', () => {
    expect(find(index, 'supports ').sort()).toEqual(['a-budget', 'a-harbour', 'a-kremlin'])
    expect(find(index, 'government ')).toEqual(['a-kremlin'])
  })

  it('ranks a headline match above a body match', () => {
    expect(find(index, 'supported iran ')).toEqual(['a-kremlin'])
    expect(find(index, 'strike ')[0]).toBe('a-harbour')
  })

  it('matches the word being typed as a prefix, also past its stem', () => {
    expect(find(index, 'harb')).toEqual(['a-harbour'])
    expect(find(index, 'governm')).toEqual(['a-kremlin'])
    expect(find(index, 'kremlin supp')).toEqual(['a-kremlin'])
    // Typed to the end, the word matches whole.
    expect(find(index, 'peskov')).toEqual(['a-kremlin'])
  })

  it('searches quotes, captions and credits', () => {
    expect(find(index, 'warned ')).toEqual(['a-harbour'])
    expect(find(index, 'moscow ')).toEqual(['a-kremlin'])
    expect(find(index, 'shutterstock ')).toEqual(['a-kremlin'])
    expect(find(index, 'getty ')).toEqual(['a-harbour'])
    expect(find(index, 'mara lind ').sort()).toEqual(['a-budget', 'a-harbour', 'a-kremlin'])
  })

  it('requires every word, drops stop words, subtracts excluded words', () => {
    expect(find(index, 'the supported budget ')).toEqual(['a-budget'])
    expect(find(index, 'the ')).toEqual([])
    expect(find(index, 'supported -ferry -budget ')).toEqual(['a-kremlin'])
  })

  it('matches phrases word for word, stop words included, in any field', () => {
    expect(find(index, '"really supported"')).toEqual(['a-kremlin'])
    expect(find(index, '"has really supports"')).toEqual(['a-kremlin'])
    expect(find(index, '"clearly supported iran"')).toEqual(['a-kremlin']) // the headline and the subhead
    expect(find(index, '"it is too early"')).toEqual(['a-kremlin'])
    expect(find(index, '"too early" mediation')).toEqual([])
    expect(find(index, '"really clearly"')).toEqual([])
    expect(find(index, '"shutterstock editorial"')).toEqual(['a-kremlin'])
    expect(find(index, '"unknownword supported"')).toEqual([])
    // Typed in a phrase still open, the last word is a prefix: results do not blink out.
    expect(find(index, '"has really supp')).toEqual(['a-kremlin'])
    expect(find(index, 'kremlin s')).toEqual(find(index, 'kremlin '))
  })

  it('takes an unknown long word for a typo', () => {
    expect(find(index, 'araqhci ')).toEqual(['a-budget'])
    expect(find(index, 'zzzzzz ')).toEqual([])
  })

  it('filters by status, dates, speaker, entity, source, agency and errors', () => {
    expect(find(index, 'status:ready')).toEqual(['a-kremlin'])
    expect(find(index, 'status:draft,edited').sort()).toEqual(['a-budget', 'a-harbour'])
    expect(find(index, 'after:2026-04-01 before:2026-05-01')).toEqual(['a-kremlin'])
    expect(find(index, 'before:2026-04')).toEqual(['a-budget'])
    expect(find(index, 'speaker:peskov')).toEqual(['a-kremlin'])
    expect(find(index, 'speaker:"Piet Aalders" supported')).toEqual(['a-harbour'])
    expect(find(index, 'entity:"islamic republic"')).toEqual(['a-kremlin'])
    expect(find(index, 'entity:iran speaker:aalders')).toEqual([])
    expect(find(index, 'source:reuters')).toEqual(['a-kremlin'])
    expect(find(index, 'source:northwire')).toEqual(['a-harbour'])
    expect(find(index, 'agency:abaca')).toEqual(['a-kremlin'])
    expect(find(index, 'agency:getty')).toEqual(['a-harbour'])
    // The harbour story has an open flag: an error until resolved.
    expect(find(index, 'has:errors')).toEqual(['a-harbour'])
    expect(find(index, 'has:quotes').sort()).toEqual(['a-harbour', 'a-kremlin'])
  })

  it('lists filter-only results newest first, and sorts by date on request', () => {
    expect(find(index, 'status:ready,draft,edited')).toEqual(['a-harbour', 'a-kremlin', 'a-budget'])
    expect(find(index, 'supported ', 'date')).toEqual(['a-harbour', 'a-kremlin', 'a-budget'])
  })

  it('leaves trashed articles out', () => {
    const i = SearchIndex.create()
    i.put(buildSearchEntry(HARBOUR, { trashed: true }), 'v')
    expect(i.search(parseQuery('strike '), { speakers: [], entities: [] }).ids).toEqual([])
  })

  it('replaces an article on put and forgets it on remove', () => {
    const i = build()
    const edited = { ...HARBOUR, body: doc(p('Dockers accept the offer.')), updatedAt: '2026-05-04T00:00:00.000Z' }
    i.put(buildSearchEntry(edited), edited.updatedAt)
    expect(find(i, 'warned ')).toEqual([])
    expect(find(i, 'dockers ')).toEqual(['a-harbour'])
    expect(i.version('a-harbour')).toBe('2026-05-04T00:00:00.000Z')
    i.remove('a-harbour')
    expect(find(i, 'dockers ')).toEqual([])
    expect(i.size).toBe(2)
  })

  it('keeps working through many replacements (holes are compacted)', () => {
    const i = build()
    for (let n = 0; n < 1100; n++) i.put(buildSearchEntry({ ...DRAFT, headline: `Budget notes ${n}` }), String(n))
    expect(i.size).toBe(3)
    expect(find(i, 'budget ').length).toBe(1)
    expect(find(i, '1099 ')).toEqual(['a-budget'])
  })

  it('round-trips through a snapshot, and refuses one of another format or damaged', () => {
    const snapshot = index.snapshot()
    const restored = SearchIndex.fromSnapshot(structuredClone(snapshot))
    for (const q of ['supports ', 'governm', 'speaker:peskov', 'has:errors', 'araqhci ', '"really supported"']) expect(find(restored, q)).toEqual(find(index, q))
    expect(restored.version('a-kremlin')).toBe(KREMLIN.updatedAt)
    expect(() => SearchIndex.fromSnapshot({ ...snapshot, format: SEARCH_FORMAT + 1 })).toThrow(/format/)
    const damaged = structuredClone(snapshot)
    damaged.postings.postings = damaged.postings.postings.subarray(1)
    expect(() => SearchIndex.fromSnapshot(damaged)).toThrow()
    expect(() => SearchIndex.fromSnapshot({ ...snapshot, versions: [] })).toThrow()
    expect(() => SearchIndex.fromSnapshot({ ...snapshot, words: snapshot.words.map(() => Uint16Array.of(60000)) })).toThrow(/word sequence/)
  })
})

describe('SearchIndex slots, phrases and readings', () => {
  const none = { speakers: [], entities: [] }

  it('answers with slots that its id table reads as the ids of search', () => {
    const index = build()
    for (const q of ['supports ', 'status:ready,draft,edited', '"really supported"', 'harb', 'the ']) {
      const { slots } = index.searchSlots(parseQuery(q), none)
      expect([...slots].map((s) => index.idAt(s))).toEqual(find(index, q))
    }
  })

  it('renumbers its slots when it compacts (layout), and answers the same after', () => {
    const i = build()
    const before = i.layout
    for (let n = 0; n < 1100; n++) i.put(buildSearchEntry({ ...DRAFT, headline: `Budget notes ${n}` }), String(n))
    expect(i.layout).toBeGreaterThan(before)
    expect(i.slotCount).toBeLessThan(1100)
    const { slots } = i.searchSlots(parseQuery('status:ready,draft,edited'), none)
    expect([...slots].map((s) => i.idAt(s))).toEqual(['a-harbour', 'a-kremlin', 'a-budget'])
    expect(find(i, 'speaker:peskov')).toEqual(['a-kremlin'])
  })

  it('keeps ranking a word every article holds while replaced articles leave holes', () => {
    const i = SearchIndex.create()
    const ids = ['h1', 'h2', 'h3', 'h4']
    ids.forEach((id, n) => i.put(buildSearchEntry({ ...HARBOUR, id, headline: `Harbour ${'strike '.repeat(n + 1)}` }), 'v'))
    for (let n = 0; n < 40; n++) i.put(buildSearchEntry({ ...HARBOUR, id: ids[n % 4]!, headline: `Harbour ${'strike '.repeat((n % 4) + 1)}` }), String(n))
    const found = find(i, 'strike ')
    expect(found).toHaveLength(4)
    expect(found).toEqual(['h4', 'h3', 'h2', 'h1'])
  })

  it('narrows a phrase typed word by word exactly as a phrase typed at once', () => {
    const typed = build()
    const fresh = build()
    for (const q of ['"it is', '"it is too', '"it is too early', '"it is too early"', '"is too early to talk"', '"really supported iran"', '"has really supported"']) {
      expect(find(typed, q)).toEqual(find(build(), q))
    }
    // And again after the index changed under the phrases it knew.
    typed.put(buildSearchEntry({ ...DRAFT, body: doc(p('It is too early to say.')) }), 'v2')
    fresh.put(buildSearchEntry({ ...DRAFT, body: doc(p('It is too early to say.')) }), 'v2')
    expect(find(typed, '"it is too early"').sort()).toEqual(['a-budget', 'a-kremlin'])
    expect(find(typed, '"too early to say"')).toEqual(find(fresh, '"too early to say"'))
  })

  it('highlights from the texts it read before as from a fresh reading, also after new words came', () => {
    const index = build()
    const text = 'The zyzzyva crews said the strike is supported.'
    const fresh = { term: index.reader.term, key: index.reader.key }
    const match = { terms: new Set(['strike', 'support']), phrases: [['zyzzyva', 'crews']] }
    expect(findTermRanges(text, match, index.reader)).toEqual(findTermRanges(text, match, fresh))
    index.put(buildSearchEntry({ ...DRAFT, id: 'a-z', body: doc(p('A zyzzyva is a weevil.')) }), 'v')
    expect(findTermRanges(text, match, index.reader)).toEqual(findTermRanges(text, match, fresh))
    expect(findTermRanges(text, match, index.reader).map((r) => text.slice(r.from, r.to))).toEqual(['zyzzyva crews', 'strike', 'supported'])
  })
})

describe('matchEntityIds', () => {
  it('resolves ids, names, surnames and aliases', () => {
    expect([...matchEntityIds('dmitry-peskov', REGISTRY)]).toEqual(['dmitry-peskov'])
    expect([...matchEntityIds('Dmitry Peskov', REGISTRY)]).toEqual(['dmitry-peskov'])
    expect([...matchEntityIds('peskov', REGISTRY)]).toEqual(['dmitry-peskov'])
    expect([...matchEntityIds('kremlin spokesman', REGISTRY)]).toEqual(['dmitry-peskov'])
    expect([...matchEntityIds('arakchi', REGISTRY)]).toEqual(['abbas-araqchi'])
    expect([...matchEntityIds('Unknown Person', REGISTRY)]).toEqual(['unknown-person'])
  })
})
