import { describe, expect, it } from 'vitest'
import { readArticleMarkdown } from '../../../src/core/formats/markdown/readArticleMarkdown'
import { writeArticleMarkdown } from '../../../src/core/formats/markdown/writeArticleMarkdown'
import type { Article } from '../../../src/core/model/Article'
import { testArticle } from './helpers/testArticle'

const body = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Body.' }] }] }

const full: Partial<Article> = {
  standfirst: 'Moscow backs Tehran but stops short of arms',
  bylines: ['Anna Keller', 'Jonas Berg'],
  dateline: { place: 'MOSCOW', date: '2026-06-24' },
  language: 'en-GB',
  subjects: [{ code: 'medtop:11000000', name: 'politics' }],
  embargo: '2026-06-24T06:00:00.000Z',
  editorNote: 'Update when the Kremlin confirms the call',
  corrections: [{ date: '2026-06-25', note: 'An earlier version misspelt Abbas Araqchi.' }],
  rejected: ['entity:Islamic Republic'],
  checkOverrides: [{ key: 'quote-unverified:q1', reason: 'Checked against the TASS transcript', at: '2026-06-24T07:00:00.000Z' }],
  photos: [
    {
      file: 'media/kremlin.jpg',
      creditLine: 'SalamPix-Abaca / Shutterstock Editorial',
      caption: 'Dmitry Peskov in Moscow',
      altText: 'A man at a lectern in front of a flag',
      usageTerms: 'Editorial use only',
      digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture'
    }
  ]
}

describe('newsroom metadata in front matter', () => {
  it('round-trips every field through the workspace Markdown', () => {
    const article = testArticle(body, full)
    const parsed = readArticleMarkdown(writeArticleMarkdown(article))
    for (const key of Object.keys(full) as (keyof Article)[]) expect(parsed[key], key).toEqual(article[key])
    expect(parsed.extra).toEqual({})
  })

  it('leaves unset fields out of the file entirely', () => {
    const markdown = writeArticleMarkdown(testArticle(body))
    for (const key of ['standfirst', 'bylines', 'dateline', 'subjects', 'corrections', 'rejected', 'checkOverrides']) {
      expect(markdown).not.toContain(`${key}:`)
    }
  })

  it('reads hand-written YAML: unquoted dates, a single byline, a bare subject code', () => {
    const parsed = readArticleMarkdown(
      ['---', 'headline: H', 'bylines: Anna Keller', 'dateline: {place: OSLO, date: 2026-03-01}', 'subjects: medtop:04000000',
        'corrections:', '  - date: 2026-03-02', '    note: Fixed a name.', '  - note: ""', '---', 'Text.'].join('\n')
    )
    expect(parsed.bylines).toEqual(['Anna Keller'])
    expect(parsed.dateline).toEqual({ place: 'OSLO', date: '2026-03-01' })
    expect(parsed.subjects).toEqual([{ code: 'medtop:04000000', name: '' }])
    expect(parsed.corrections).toEqual([{ date: '2026-03-02', note: 'Fixed a name.' }])
  })
})
