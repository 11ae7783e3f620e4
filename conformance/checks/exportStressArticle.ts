import type { ExportContext } from '../../src/core/formats/export/ExportContext'
import type { Article } from '../../src/core/model/Article'
import type { MarkJSON, NodeJSON } from '../../src/core/model/DocJSON'

const t = (text: string, ...marks: MarkJSON[]): NodeJSON => ({ type: 'text', text, marks })
const p = (...content: NodeJSON[]): NodeJSON => ({ type: 'paragraph', content })
const e = (entityId: string, type: string): MarkJSON => ({ type: 'entity', attrs: { entityId, type } })
const q = (quoteId: string, kind: string): MarkJSON => ({ type: 'quote', attrs: { quoteId, speakerId: 'ines-kovac', sourceId: 'valley-post', kind, verified: true } })

/**
 * An article built to push the writers where schemas bite: every entity type, entities nested
 * and overlapping each other and formatting, quotes across paragraphs and breaks, links inside
 * tags, lists in lists, block quotes, code, rules, every photo field (two photos, one
 * AI-generated), embargo with an offset, odd characters and a note. The exports of it must
 * validate like the seed's.
 */
export function exportStressArticle(): { article: Article; ctx: ExportContext } {
  const ines = e('ines-kovac', 'person')
  const uni = e('university-of-tindal', 'organization')
  const tindal = e('tindal', 'place')
  const fair = e('tindal-book-fair', 'event')
  const book = e('the-salt-road', 'work')
  const thing = e('ferry-7', 'other')
  const link: MarkJSON = { type: 'link', attrs: { href: 'https://example.org/a?x=1&y="2"' } }
  const article: Article = {
    id: '01JZSTRESS0000000000000000',
    slug: 'stress',
    headline: 'Kovač & the <University> of “Tindal”',
    status: 'ready',
    createdAt: '2026-01-05T23:59:59.999+05:30',
    updatedAt: '2026-01-06T00:00:00Z',
    standfirst: 'A standfirst with "quotes" & ampersands.',
    bylines: ['By Ines Kovač', 'Staff'],
    dateline: { place: 'TINDAL', date: '2026-01-05' },
    language: 'en-GB',
    subjects: [{ code: 'medtop:20000002', name: 'arts, culture, entertainment and media' }, { code: 'local:books', name: 'books' }],
    embargo: '2026-01-07T08:00:00-03:00',
    editorNote: 'Line one\nline two',
    corrections: [{ date: '2026-01-06', note: 'Fixed the <name>.' }],
    photos: [
      {
        file: 'media/fair.png',
        creditLine: 'Jo Park / Valley Images / Wire & Co',
        photographer: 'Jo Park',
        agency: 'Valley Images',
        distributor: 'Wire & Co',
        caption: 'The fair opens.',
        altText: 'Stalls under <lamps>',
        creator: 'Jo Park',
        creatorJobTitle: 'Photographer',
        source: 'Valley Images',
        copyrightNotice: '© 2026 "Valley"',
        copyrightOwner: 'Valley Images Ltd',
        usageTerms: 'No archive',
        webStatement: 'https://valley.example/terms',
        licensor: 'Wire & Co',
        dateCreated: '2026-01-04',
        digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture'
      },
      { creditLine: 'Illustration: Studio 9', digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia', disclosure: 'Image generated with AI', webStatement: 'see contract' }
    ],
    sources: ['valley-post', 'interview-kovac'],
    custom: { Slug: 'x' },
    extra: {},
    body: {
      type: 'doc',
      content: [
        p(t('The '), t('University of ', uni), t('Tindal', uni, tindal, { type: 'bold' }), t(' hosts the '), t('Tindal Book Fair', fair, { type: 'italic' }), t('.')),
        p(
          t('Ines ', ines, { type: 'bold' }),
          t('Kovač', ines),
          t(' said: '),
          t('“We read ', q('Q1', 'direct')),
          t('The Salt Road', q('Q1', 'direct'), book, link),
          t(' aloud', q('Q1', 'direct')),
          { type: 'hardBreak' },
          t('on ', q('Q1', 'direct')),
          t('Ferry 7', q('Q1', 'direct'), thing),
          t('.', q('Q1', 'direct'))
        ),
        p(t('And again.”', q('Q1', 'direct')), t(' '), t('The Valley Post reports', { type: 'attribution', attrs: { sourceId: 'valley-post' } }), t('.')),
        { type: 'heading', attrs: { level: 3 }, content: [t('Sub'), { type: 'hardBreak' }, t('head', { type: 'underline' })] },
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [
            { type: 'listItem', content: [p(t('one', { type: 'strike' })), { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('nested'))] }] }] },
            { type: 'listItem', content: [p(t('two', ines))] }
          ]
        },
        { type: 'blockquote', content: [p(t('quoted “block”', q('Q2', 'partial'))), p(t('second'))] },
        { type: 'horizontalRule' },
        { type: 'codeBlock', content: [t('a < b\n  && c')] },
        p(t('Control\u0007 chars\u0000 and 😀 and a '), t('note', { type: 'note', attrs: { noteId: 'n9', text: 'secret desk note', flag: true } }), t('.')),
        p(),
        p(t('Tindal', tindal, uni))
      ]
    }
  }
  const ctx: ExportContext = {
    entities: new Map([
      ['ines-kovac', { id: 'ines-kovac', type: 'person', name: 'Ines Kovač', aliases: [] }],
      ['university-of-tindal', { id: 'university-of-tindal', type: 'organization', name: 'University of Tindal', aliases: [] }],
      ['tindal', { id: 'tindal', type: 'place', name: 'Tindal', aliases: [], wikidata: 'Q999999950' }],
      ['ferry-7', { id: 'ferry-7', type: 'other', name: 'Ferry 7', aliases: [], wikidata: 'not-a-qid' }]
    ]),
    sources: new Map([
      ['valley-post', { id: 'valley-post', type: 'website', name: 'The Valley Post', url: 'https://valley.example/post' }],
      ['interview-kovac', { id: 'interview-kovac', type: 'interview', name: 'Interview with Ines Kovač', accessDate: '2026-01-04' }]
    ])
  }
  return { article, ctx }
}
