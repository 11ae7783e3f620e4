import { describe, expect, it } from 'vitest'
import { writeNinjs } from '../../../src/core/formats/export/writeNinjs'
import { writeNitf } from '../../../src/core/formats/export/writeNitf'
import type { ExportContext } from '../../../src/core/formats/export/ExportContext'
import { importArticle } from '../../../src/core/formats/importArticle'
import type { Article } from '../../../src/core/model/Article'
import type { MarkJSON } from '../../../src/core/model/DocJSON'
import { parseSanitizedHtml } from '../../../src/main/services/html/parseSanitizedHtml'
import { marked } from './helpers/docText'
import { utf8 } from './helpers/readerFixture'

const quote = (quoteId: string, speakerId: string | null, kind = 'direct', verified = false): MarkJSON => ({ type: 'quote', attrs: { quoteId, speakerId, sourceId: null, kind, verified } })
const entity = (entityId: string, type: string): MarkJSON => ({ type: 'entity', attrs: { entityId, type } })

/** A tagged wire story in the shape of the seed sample: entities, a quote with an entity inside, a quote over two paragraphs, reported speech, an attribution, a photo. */
const article: Article = {
  id: '01JZ8Q6W3V5T7YH2K9M4N6P8R0',
  slug: 'norvik-ferries',
  headline: 'Norvik suspends night ferries after week of fog',
  status: 'edited',
  createdAt: '2025-06-11T08:00:00.000Z',
  updatedAt: '2025-06-11T09:30:00.000Z',
  standfirst: 'Harbour master says safety cannot be negotiated',
  bylines: ['Tomas Berg'],
  dateline: { place: 'NORVIK', date: '2025-06-11' },
  language: 'en',
  subjects: [{ code: 'medtop:20000500', name: 'maritime transport' }],
  embargo: '2025-06-11T12:00:00Z',
  editorNote: 'Check the timetable',
  corrections: [{ date: '2025-06-12', note: 'Corrected the harbour master’s name.' }],
  photos: [
    {
      creditLine: 'SalamPix-Abaca / Shutterstock Editorial',
      agency: 'SalamPix-Abaca',
      distributor: 'Shutterstock Editorial',
      file: 'media/norvik-fog.jpg',
      caption: 'A ferry waits at its berth.',
      altText: 'A ferry in thick fog',
      copyrightNotice: '© 2025 Nordlys Press',
      usageTerms: 'Editorial use only'
    }
  ],
  sources: ['coastal-courier'],
  custom: {},
  extra: {},
  body: {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Ingrid Solheim', marks: [entity('ingrid-solheim', 'person')] },
          { type: 'text', text: ' said: ' },
          { type: 'text', text: '“We were lucky in ', marks: [quote('01JZQUOTE0000000000000001', 'ingrid-solheim')] },
          { type: 'text', text: 'Norvik', marks: [quote('01JZQUOTE0000000000000001', 'ingrid-solheim'), entity('norvik', 'place')] },
          { type: 'text', text: ' twice.', marks: [quote('01JZQUOTE0000000000000001', 'ingrid-solheim')] },
          { type: 'text', text: ', ' },
          { type: 'text', text: 'the Coastal Courier reports', marks: [{ type: 'attribution', attrs: { sourceId: 'coastal-courier' } }] },
          { type: 'text', text: '.' }
        ]
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'I am not prepared to find out a third time.”', marks: [quote('01JZQUOTE0000000000000001', 'ingrid-solheim')] }] },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Islanders push back' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Solheim', marks: [entity('ingrid-solheim', 'person')] },
          { type: 'text', text: ' noted that ' },
          { type: 'text', text: 'the decision was final', marks: [quote('01JZQUOTE0000000000000002', 'ingrid-solheim', 'indirect', true)] },
          { type: 'text', text: ', and the ' },
          { type: 'text', text: 'Norvik Harbour Board', marks: [{ type: 'bold' }, entity('norvik-harbour-board', 'organization')] },
          { type: 'text', text: ' agreed.' }
        ]
      },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Three near-misses', marks: [{ type: 'italic' }] }] }] }] }
    ]
  }
}

const ctx: ExportContext = {
  entities: new Map([['ingrid-solheim', { id: 'ingrid-solheim', type: 'person', name: 'Ingrid Solheim', aliases: ['Solheim'], wikidata: 'Q123456' }]]),
  sources: new Map([['coastal-courier', { id: 'coastal-courier', type: 'wire', name: 'Coastal Courier' }]])
}
const deps = { parseSanitizedHtml, newId: () => 'UNUSED' }

describe('export → import: the readers take back what the writers wrote', () => {
  it('NITF keeps every tag and the article metadata', () => {
    const back = importArticle('norvik-ferries.nitf.xml', utf8(writeNitf(article, ctx)), deps)
    expect(back.body).toEqual(article.body)
    const { id: _i, slug: _s, status: _st, createdAt: _c, updatedAt: _u, ...meta } = article
    expect({ ...back, body: article.body }).toEqual(meta)
  })

  it.each(['2.1', '3.1'] as const)('ninjs %s keeps the metadata, the text and the tags of its HTML body', (version) => {
    const back = importArticle(`norvik-ferries.ninjs.json`, utf8(writeNinjs(article, ctx, version)), deps)
    expect(back.headline).toBe(article.headline)
    expect(back.standfirst).toBe(article.standfirst)
    expect(back.bylines).toEqual(article.bylines)
    expect(back.dateline).toEqual({ place: 'NORVIK' })
    expect(back.embargo).toBe(article.embargo)
    expect(back.editorNote).toBe(article.editorNote)
    expect(back.corrections).toEqual(article.corrections)
    expect(back.subjects).toEqual(article.subjects)
    expect(back.sources).toEqual(article.sources)
    expect(back.photos).toEqual(article.photos)
    expect(back.body.content.map((b) => b.type)).toEqual(article.body.content.map((b) => b.type))
    // No doubled quotation marks from the HTML body's <q> elements.
    expect(JSON.stringify(back.body)).not.toMatch(/““|””/)
    // The HTML body carries Copydesk's tag attributes: every entity, quote and attribution comes back.
    expect(marked(back.body, 'entity').map((r) => [r.text, r.attrs!.entityId])).toEqual([
      ['Ingrid Solheim', 'ingrid-solheim'],
      ['Norvik', 'norvik'],
      ['Solheim', 'ingrid-solheim'],
      ['Norvik Harbour Board', 'norvik-harbour-board']
    ])
    expect(back.body).toEqual(article.body)
  })
})
