import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ImportError } from '../../../src/core/formats/ImportError'
import { readArticleMarkdown } from '../../../src/core/formats/markdown/readArticleMarkdown'
import type { NodeJSON } from '../../../src/core/model/DocJSON'
import { blocks } from './helpers/blocks'
import { fixturePath } from './helpers/fixturePath'

const inline = (markdown: string): NodeJSON[] => readArticleMarkdown(markdown).body.content[0]?.content ?? []

describe('readArticleMarkdown: workspace files', () => {
  it('reads front matter into the model and keeps unknown keys in extra, in order', () => {
    const article = readArticleMarkdown(readFileSync(fixturePath('workspace-article.md'), 'utf8'))
    expect(article).toMatchObject({
      id: '01JZ8Q6W3V5T7YH2K9M4N6P8R0',
      headline: 'Tram line to the airport opens a year late',
      status: 'edited',
      createdAt: '2025-03-02T08:15:00.000Z',
      sources: ['coastal-courier', 'city-transit'],
      custom: { Byline: 'Sara Holm', Desk: 'City' }
    })
    expect(article.photos[0]).toEqual({
      file: 'media/tram-depot.jpg',
      creditLine: 'Jonas Ek / Baltic Lens / Northwire Editorial',
      agency: 'Baltic Lens',
      distributor: 'Northwire Editorial',
      photographer: 'Jonas Ek'
    })
    expect(Object.keys(article.extra)).toEqual(['priority', 'keywords'])
    expect(article.extra).toEqual({ priority: 3, keywords: ['transport', 'airport'] })
    expect(article.body.content.map((n) => n.type)).toEqual([
      'paragraph', 'heading', 'paragraph', 'paragraph', 'bulletList', 'blockquote', 'horizontalRule', 'paragraph'
    ])
  })

  it('reads every inline syntax the writer uses', () => {
    expect(inline('**b** *i* ~~s~~ [u]{.underline} [l](https://example.org/x) a\\*b')).toEqual([
      { type: 'text', text: 'b', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'i', marks: [{ type: 'italic' }] },
      { type: 'text', text: ' ' },
      { type: 'text', text: 's', marks: [{ type: 'strike' }] },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'u', marks: [{ type: 'underline' }] },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'l', marks: [{ type: 'link', attrs: { href: 'https://example.org/x' } }] },
      { type: 'text', text: ' a*b' }
    ])
  })

  it('nests spans and marks, and keeps the text of spans it does not know yet', () => {
    expect(inline('[**Peskov** said [Iran]{.place entity="iran"} [today]{.smallcaps}]{.underline}')).toEqual([
      { type: 'text', text: 'Peskov', marks: [{ type: 'bold' }, { type: 'underline' }] },
      { type: 'text', text: ' said ', marks: [{ type: 'underline' }] },
      { type: 'text', text: 'Iran', marks: [{ type: 'entity', attrs: { entityId: 'iran', type: 'place' } }, { type: 'underline' }] },
      { type: 'text', text: ' today', marks: [{ type: 'underline' }] }
    ])
  })

  it('refuses front matter that is not valid YAML', () => {
    expect(() => readArticleMarkdown('---\nheadline: [unclosed\n---\nBody')).toThrow(ImportError)
  })

  it('coerces wrongly typed front-matter values and ignores an unknown status', () => {
    const article = readArticleMarkdown('---\nheadline: 2025\nstatus: archived\nsources: reuters\ncustom: {Rank: 1}\n---\nText')
    expect(article).toMatchObject({ headline: '2025', sources: ['reuters'], custom: { Rank: '1' } })
    expect(article.status).toBeUndefined()
  })
})

describe('readArticleMarkdown: Markdown from other tools', () => {
  it('reads the foreign fixture: # title, wrapped lines, _em_, __strong__, bullets, links', () => {
    const article = readArticleMarkdown(readFileSync(fixturePath('foreign-notes.md'), 'utf8'))
    expect(article.headline).toBe('Bridge inspection finds worn bearings')
    const body = article.body.content
    expect(body[0]!.content).toEqual([
      { type: 'text', text: 'Engineers inspecting the Skarvik bridge found that several of its bearings were ' },
      { type: 'text', text: 'worn beyond tolerance', marks: [{ type: 'bold' }] },
      { type: 'text', text: ', the ' },
      { type: 'text', text: 'regional roads agency', marks: [{ type: 'italic' }] },
      { type: 'text', text: ' said on Thursday.' }
    ])
    expect(blocks(article.body).slice(1, 3)).toEqual(['bulletList: Inspection began in MayRepairs are due in 2026', 'bulletList: A separate list'])
    const links = JSON.stringify(body[3])
    expect(links).toContain('"href":"https://example.org/reports/skarvik"')
    expect(links).toContain('"href":"https://example.org/agency"')
    expect(links).not.toContain('javascript')
    expect(blocks(article.body)[3]).toContain('A raw tag and a bad link keep only their text.')
  })

  it('leaves the headline empty without front matter or a leading # title', () => {
    const article = readArticleMarkdown('Short first line\n\nThen the story.')
    expect(article.headline).toBe('')
    expect(blocks(article.body)).toEqual(['p: Short first line', 'p: Then the story.'])
  })

  it('takes a leading # title as the headline only when the front matter has none', () => {
    expect(readArticleMarkdown('---\nstatus: draft\n---\n# Title\n\nText').headline).toBe('Title')
    const withHeadline = readArticleMarkdown('---\nheadline: ""\n---\n# Title\n\nText')
    expect(withHeadline.headline).toBe('')
    expect(blocks(withHeadline.body)[0]).toBe('h1: Title')
  })

  it('reads setext headings, ordered lists with a start, nested quotes, rules and code', () => {
    const article = readArticleMarkdown('Intro\n\nSub\n---\n\n3) three\n4) four\n\n> a\nlazy\n> > deep\n\n***\n\n```\nline *1*\nline 2\n```\n')
    expect(article.body.content.map((n) => n.type)).toEqual(['paragraph', 'heading', 'orderedList', 'blockquote', 'horizontalRule', 'paragraph'])
    expect(article.body.content[2]!.attrs).toEqual({ start: 3 })
    expect(blocks(article.body)[3]).toBe('blockquote: a lazydeep')
    expect(article.body.content[5]!.content).toEqual([{ type: 'text', text: 'line *1*' }, { type: 'hardBreak' }, { type: 'text', text: 'line 2' }])
  })

  it('handles hard breaks, entities, intraword emphasis and literal delimiters', () => {
    expect(inline('a  \nb\\\nc <br> d &mdash; &#x2019; &bogus; snake_case_name 2*3*4 * lone')).toEqual([
      { type: 'text', text: 'a' },
      { type: 'hardBreak' },
      { type: 'text', text: 'b' },
      { type: 'hardBreak' },
      { type: 'text', text: 'c' },
      { type: 'hardBreak' },
      { type: 'text', text: 'd — ’ &bogus; snake_case_name 2' },
      { type: 'text', text: '3', marks: [{ type: 'italic' }] },
      { type: 'text', text: '4 * lone' }
    ])
  })

  it('keeps only http(s) and mailto links; autolinks and reference links resolve', () => {
    expect(inline('[x](javascript:alert(1)) [y](data:text/html,z) <mailto:a@example.org> <b@example.org> [z][r]\n\n[r]: <https://example.org/r>')).toEqual([
      { type: 'text', text: 'x y ' },
      { type: 'text', text: 'mailto:a@example.org', marks: [{ type: 'link', attrs: { href: 'mailto:a@example.org' } }] },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'b@example.org', marks: [{ type: 'link', attrs: { href: 'mailto:b@example.org' } }] },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'z', marks: [{ type: 'link', attrs: { href: 'https://example.org/r' } }] }
    ])
  })

  it('drops images and raw HTML but keeps the text around them', () => {
    expect(inline('Before ![alt *text*](pic.jpg) <span class="x">after</span> <!-- note -->end')).toEqual([{ type: 'text', text: 'Before  after end' }])
  })

  it.each([
    ['open runs', '*a '.repeat(30000)],
    ['closer after closer', 'a*'.repeat(50000)],
    ['rule-of-3 runs', 'a**'.repeat(30000)],
    ['unclosed brackets', '['.repeat(90000)],
    ['unclosed link destinations', '[a]('.repeat(20000)],
    ['unclosed code spans', '`a'.repeat(50000)],
    ['nested brackets', '['.repeat(30000) + ']'.repeat(30000)]
  ])('stays fast on adversarial input: %s', (_, input) => {
    const start = Date.now()
    readArticleMarkdown(input)
    expect(Date.now() - start).toBeLessThan(5000)
  })
})
