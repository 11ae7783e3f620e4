import { describe, expect, it } from 'vitest'
import { readArticleMarkdown } from '../../../src/core/formats/markdown/readArticleMarkdown'
import { writeArticleMarkdown } from '../../../src/core/formats/markdown/writeArticleMarkdown'
import { normDateToIso } from '../../../src/core/formats/nitf/nitfDate'
import { readNitf } from '../../../src/core/formats/nitf/readNitf'
import { completeArticle } from '../../../src/core/model/completeArticle'
import { blockTexts, joinedMarks, marked } from './helpers/docText'
import { counterIds, readerFixtureText } from './helpers/readerFixture'

describe('readNitf: NITF 3.6 with the IPTC namespace', () => {
  const article = readNitf(readerFixtureText('harbour-ns.xml'), { newId: counterIds() })

  it('reads the head and body.head metadata', () => {
    expect(article.headline).toBe('Norvik suspends night ferries after week of fog')
    expect(article.standfirst).toBe('Harbour master says safety “cannot be negotiated”')
    expect(article.bylines).toEqual(['Tomas Berg'])
    expect(article.dateline).toEqual({ place: 'NORVIK', date: '2025-06-11' })
    expect(article.sources).toEqual(['coastal-courier'])
    expect(article.language).toBe('en')
    expect(article.embargo).toBe('2025-06-11T12:00:00+02:00')
    expect(article.editorNote).toBe('Check the ferry timetable before publishing.')
    expect(article.subjects).toEqual([
      { code: 'medtop:20000451', name: 'transport accident and incident' },
      { code: 'medtop:20000500', name: 'maritime transport' }
    ])
  })

  it('turns the media block into a photo whose credit line is the media-producer', () => {
    expect(article.photos).toEqual([
      {
        creditLine: 'Marta Lindqvist / Nordlys Press / Polar Pictures Editorial',
        photographer: 'Marta Lindqvist',
        agency: 'Nordlys Press',
        distributor: 'Polar Pictures Editorial',
        caption: 'A ferry waits at its berth in Norvik.',
        altText: 'A ferry at its berth in thick fog',
        file: 'media/norvik-fog.jpg',
        copyrightNotice: '© 2025 Marta Lindqvist',
        usageTerms: 'Editorial use only'
      }
    ])
    expect(blockTexts(article.body).join(' ')).not.toContain('A ferry waits')
  })

  it('reads paragraphs, subheads, lists, block quotes and the tagline in order', () => {
    expect(article.body.content.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph', 'bulletList', 'blockquote', 'paragraph'])
    expect(article.body.content[1]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Harbour master: “We were lucky twice”' }] })
    expect(blockTexts(article.body)[4]).toBe('Three near-misses on MondayRadar relay damaged in March')
    expect(blockTexts(article.body)[5]).toBe('The mast will be repaired by the end of the month.Harbour authority statement')
    expect(blockTexts(article.body)[6]).toBe('Tomas Berg reported from Norvik.')
  })

  it('turns inline person/org/location into entity marks, keeping registry ids from `value`', () => {
    const entities = marked(article.body, 'entity').map((r) => [r.text, r.attrs!.entityId, r.attrs!.type])
    expect(entities).toEqual([
      ['Norvik', 'norvik', 'place'],
      ['Coastal Courier', 'coastal-courier', 'organization'],
      ['Ingrid Solheim', 'ingrid-solheim', 'person'],
      ['Norvik', 'norvik', 'place'],
      ['Per Aasen', 'per-aasen', 'person']
    ])
  })

  it('turns q into quote marks: ids kept from the file or made fresh, speakers resolved, entities inside', () => {
    const quotes = joinedMarks(article.body, 'quote')
    expect(quotes).toEqual([
      {
        text: '“We were lucky on Monday, and we were lucky again in Norvik on Tuesday.”',
        attrs: { quoteId: 'q-01JZ8Q6W3V5T7YH2K9M4N6P8S0', speakerId: 'ingrid-solheim', sourceId: null, kind: 'direct', verified: true }
      },
      // No quotation marks in the file: they are added inside the quote; the speaker's name matches a tagged person.
      { text: '“Every one of them has somewhere important to be”', attrs: { quoteId: 'Q001', speakerId: 'per-aasen', sourceId: null, kind: 'direct', verified: false } }
    ])
    // The place inside the quote carries both marks, in the canonical order (quote outside entity).
    const quoted = article.body.content[2]!.content!.find((n) => n.text === 'Norvik')
    expect(quoted?.marks?.map((m) => m.type)).toEqual(['quote', 'entity'])
  })

  it('keeps emphasis and safe links, drops script links', () => {
    expect(marked(article.body, 'italic').map((r) => r.text)).toEqual(['night'])
    expect(marked(article.body, 'bold').map((r) => r.text)).toEqual(['vital'])
    expect(marked(article.body, 'link')).toEqual([{ text: 'the council site', attrs: { href: 'https://example.org/ferries' } }])
    expect(blockTexts(article.body)[3]).toContain('and here.')
  })

  it('gives an article that survives the workspace Markdown unchanged', () => {
    const full = completeArticle(article, { id: '01JZ9999999999999999999999', slug: 'norvik', now: '2025-06-11T08:00:00.000Z' })
    const markdown = writeArticleMarkdown(full)
    const back = readArticleMarkdown(markdown)
    expect(back.body).toEqual(article.body)
    expect(back.photos).toEqual(article.photos)
    expect(back.embargo).toBe(article.embargo)
    expect(markdown).toContain('{.person entity="ingrid-solheim"}')
  })
})

describe('readNitf: NITF without namespace, with a DTD reference', () => {
  const article = readNitf(readerFixtureText('glassworks-plain.nitf'))

  it('reads the same structure, ignores the external DTD and decodes HTML entities', () => {
    expect(article.headline).toBe('Glassworks reopens after two-year\u00a0restoration')
    expect(article.standfirst).toBe('The town’s 19th-century glassworks opens again on Saturday.')
    expect(article.bylines).toEqual(['Ana Lund'])
    expect(article.dateline).toEqual({ place: 'HOLMSUND' })
    expect(blockTexts(article.body)[0]).toBe('The café by the kilns will reopen too, said Mirja Holm, who runs the Holmsund Heritage Trust.')
  })

  it('takes an editor’s note as metadata, not body text, and skips video media', () => {
    expect(article.editorNote).toBe('Not for publication: photos to follow.')
    expect(blockTexts(article.body).join(' ')).not.toContain('Not for publication')
    expect(article.photos).toEqual([])
  })

  it('slugifies names without a value and numbers quotes without an id factory', () => {
    expect(marked(article.body, 'entity').map((r) => r.attrs)).toEqual([
      { entityId: 'mirja-holm', type: 'person' },
      { entityId: 'holmsund-heritage-trust', type: 'organization' }
    ])
    expect(joinedMarks(article.body, 'quote')).toEqual([
      { text: '“we kept every brick we could”', attrs: { quoteId: 'q-1', speakerId: null, sourceId: null, kind: 'direct', verified: false } }
    ])
  })

  it('does not read a same-time release date as an embargo', () => {
    expect(article.embargo).toBeUndefined()
  })

  it('does not add quotation marks when the q sits inside typed ones', () => {
    const doc = readNitf('<nitf><body><body.content><p>He said “<q>no</q>” twice.</p></body.content></body></nitf>').body
    expect(blockTexts(doc)).toEqual(['He said “no” twice.'])
  })
})

describe('normDateToIso', () => {
  it.each([
    ['20020226T093000-0500', '2002-02-26T09:30:00-05:00'],
    ['20020226T093000Z', '2002-02-26T09:30:00Z'],
    ['20020226', '2002-02-26'],
    ['2025-06-11T12:00:00+02:00', '2025-06-11T12:00:00+02:00'],
    ['20021326', undefined],
    ['soon', undefined]
  ])('%s → %s', (norm, iso) => {
    expect(normDateToIso(norm)).toBe(iso)
  })
})
