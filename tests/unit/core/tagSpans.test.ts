import { describe, expect, it } from 'vitest'
import { readArticleMarkdown } from '../../../src/core/formats/markdown/readArticleMarkdown'
import { writeArticleMarkdown } from '../../../src/core/formats/markdown/writeArticleMarkdown'
import type { Article } from '../../../src/core/model/Article'
import type { NodeJSON } from '../../../src/core/model/DocJSON'

const t = (text: string, marks: NodeJSON['marks'] = []): NodeJSON => (marks.length ? { type: 'text', text, marks } : { type: 'text', text })
const quote = { type: 'quote', attrs: { quoteId: '01JZQ0TESTQUOTE', speakerId: 'ines-kovac', sourceId: null, kind: 'direct', verified: false } }
const place = { type: 'entity', attrs: { entityId: 'tindal', type: 'place' } }
const person = { type: 'entity', attrs: { entityId: 'ines-kovac', type: 'person' } }

function article(content: NodeJSON[]): Article {
  return {
    id: '01JZARTICLE000000000000000',
    slug: 'x',
    headline: 'Harbour master defends inspections',
    status: 'draft',
    createdAt: '2026-05-01T08:00:00.000Z',
    updatedAt: '2026-05-01T09:00:00.000Z',
    photos: [],
    sources: [],
    custom: {},
    extra: {},
    body: { type: 'doc', content }
  }
}

describe('tag marks in the workspace Markdown', () => {
  const a = article([
    {
      type: 'paragraph',
      content: [
        t('Ines Kovač', [person]),
        t(' said: '),
        t('“The port of ', [quote]),
        t('Tindal', [quote, place]),
        t(' acted on every report.”', [quote]),
        t(' '),
        t('The Valley Post', [{ type: 'attribution', attrs: { sourceId: 'valley-post' } }]),
        t(' reports. '),
        t('check spelling', [{ type: 'note', attrs: { noteId: 'n1', text: 'Kovač or Kovac? "ask desk"', flag: true } }])
      ]
    },
    { type: 'paragraph', content: [t('“And we will again.”', [{ ...quote, attrs: { ...quote.attrs, verified: true } }])] }
  ])

  it('writes entities, quotes, attributions and notes as Pandoc spans, entity inside quote', () => {
    const md = writeArticleMarkdown(a)
    expect(md).toContain('[Ines Kovač]{.person entity="ines-kovac"} said:')
    expect(md).toMatch(/\[“The port of \[Tindal\]\{\.place entity="tindal"\} acted on every report\.”\]\{\.quote quote="01JZQ0TESTQUOTE" speaker="ines-kovac" kind="direct" verified="false"\}/)
    expect(md).toContain('{.attribution source="valley-post"}')
    expect(md).toContain('{.note note="n1" text="Kovač or Kovac? \\"ask desk\\"" flag="true"}')
    // A quote over two paragraphs: two spans sharing one quote attribute.
    expect(md.match(/quote="01JZQ0TESTQUOTE"/g)).toHaveLength(2)
  })

  it('reads them back to the same document, and writes byte-identically again', () => {
    const md = writeArticleMarkdown(a)
    const back = readArticleMarkdown(md)
    expect(back.body).toEqual(a.body)
    expect(writeArticleMarkdown({ ...a, ...back, body: back.body })).toBe(md)
  })

  it('drops tags with malformed ids or types from untrusted files, keeping their text', () => {
    const md = [
      '---',
      'id: X1',
      'headline: h',
      '---',
      '[Moscow]{.place entity="../../etc"} and [Kyiv]{.planet entity="kyiv"} and [“Hi”]{.quote kind="shouted"} and [Ana]{.person entity="ana"}',
      ''
    ].join('\n')
    const body = readArticleMarkdown(md).body
    const nodes = body.content[0]!.content!
    expect(nodes.map((n) => n.text).join('')).toBe('Moscow and Kyiv and “Hi” and Ana')
    expect(nodes.filter((n) => n.marks?.length).map((n) => [n.text, n.marks![0]!.attrs])).toEqual([
      ['Ana', { entityId: 'ana', type: 'person' }]
    ])
  })
})
