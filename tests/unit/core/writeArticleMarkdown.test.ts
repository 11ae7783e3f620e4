import { describe, expect, it } from 'vitest'
import { writeArticleMarkdown } from '../../../src/core/formats/markdown/writeArticleMarkdown'
import type { NodeJSON } from '../../../src/core/model/DocJSON'
import { testArticle } from './helpers/testArticle'

const body = (...content: NodeJSON[]) => ({ type: 'doc' as const, content })
const p = (...content: NodeJSON[]): NodeJSON => ({ type: 'paragraph', content })
const t = (text: string, ...marks: string[]): NodeJSON => (marks.length ? { type: 'text', text, marks: marks.map((type) => ({ type })) } : { type: 'text', text })
const bodyOf = (markdown: string): string => markdown.slice(markdown.indexOf('\n---\n') + 5)

describe('writeArticleMarkdown', () => {
  it('writes front matter keys in the fixed order, empty collections left out, extra keys last', () => {
    const markdown = writeArticleMarkdown(
      testArticle(body(p(t('Text.'))), {
        headline: 'Kremlin: “Russia has clearly supported Iran”',
        photos: [{ creditLine: 'A / B', agency: 'A', distributor: 'B' }],
        sources: ['reuters', 'tass'],
        extra: { zeta: 1, headline: 'ignored duplicate', alpha: { nested: true } }
      })
    )
    expect(markdown).toBe(
      [
        '---',
        'id: 01JZ0000000000000000000000',
        'headline: "Kremlin: “Russia has clearly supported Iran”"',
        'status: draft',
        'createdAt: 2025-01-02T03:04:05.000Z',
        'updatedAt: 2025-01-02T03:04:05.000Z',
        'photos:',
        '  - creditLine: A / B',
        '    agency: A',
        '    distributor: B',
        'sources: [reuters, tass]',
        'zeta: 1',
        'alpha:',
        '  nested: true',
        '---',
        'Text.',
        ''
      ].join('\n')
    )
  })

  it('writes an empty headline and an empty body', () => {
    expect(writeArticleMarkdown(testArticle(body(), { headline: '' }))).toContain('headline: ""\nstatus: draft')
    expect(writeArticleMarkdown(testArticle(body()))).toMatch(/\n---\n$/)
  })

  it('writes one paragraph per line, never wrapped', () => {
    const long = 'word '.repeat(100).trim()
    expect(bodyOf(writeArticleMarkdown(testArticle(body(p(t(long)), p(t('Next.'))))))).toBe(`${long}\n\nNext.\n`)
  })

  it('writes headings, lists with start numbers, nested quotes and rules', () => {
    const item = (text: string, ...more: NodeJSON[]): NodeJSON => ({ type: 'listItem', content: [p(t(text)), ...more] })
    const markdown = writeArticleMarkdown(
      testArticle(
        body(
          { type: 'heading', attrs: { level: 2 }, content: [t('Kremlin welcomes truce')] },
          { type: 'bulletList', content: [item('one', { type: 'bulletList', content: [item('deep')] }), item('two')] },
          { type: 'bulletList', content: [item('other list')] },
          { type: 'orderedList', attrs: { start: 9 }, content: [item('nine'), item('ten', p(t('second paragraph')))] },
          { type: 'blockquote', content: [p(t('quoted')), { type: 'blockquote', content: [p(t('deeper'))] }] },
          { type: 'horizontalRule' }
        )
      )
    )
    expect(bodyOf(markdown)).toBe(
      [
        '## Kremlin welcomes truce',
        '',
        '- one',
        '  - deep',
        '- two',
        '',
        '<!-- -->',
        '',
        '- other list',
        '',
        '9. nine',
        '10. ten',
        '',
        '    second paragraph',
        '',
        '> quoted',
        '>',
        '> > deeper',
        '',
        '---',
        ''
      ].join('\n')
    )
  })

  it('escapes what would otherwise read as Markdown', () => {
    const lines = ['# not a heading', '- not a list', '+ nor this', '> not a quote', '1. not a list', '2) nor this', '=== nor this', 'a) nor this', 'plain *star* _under_ [bracket] `tick` <tag> ~tilde~ \\ back &amp; @cite e@mail.org']
    expect(bodyOf(writeArticleMarkdown(testArticle(body(...lines.map((l) => p(t(l)))))))).toBe(
      [
        '\\# not a heading',
        '\\- not a list',
        '\\+ nor this',
        '\\> not a quote',
        '1\\. not a list',
        '2\\) nor this',
        '\\=== nor this',
        'a\\) nor this',
        'plain \\*star\\* \\_under\\_ \\[bracket\\] \\`tick\\` \\<tag> \\~tilde\\~ \\\\ back \\&amp; \\@cite e@mail.org'
      ].join('\n\n') + '\n'
    )
  })

  it('writes marks with spaces outside delimiters, underline as a span, hard breaks as backslash-newline', () => {
    const markdown = writeArticleMarkdown(
      testArticle(
        body(
          p(
            t('Peskov '),
            t('said ', 'bold'),
            t('it', 'bold', 'italic'),
            t(' twice', 'underline'),
            { type: 'hardBreak' },
            { type: 'text', text: 'here', marks: [{ type: 'link', attrs: { href: 'https://example.org/a_(b)' } }] },
            { type: 'text', text: ' and ', marks: [] },
            { type: 'text', text: 'there', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }
          )
        )
      )
    )
    expect(bodyOf(markdown)).toBe('Peskov **said *it*** [twice]{.underline}\\\n[here](<https://example.org/a_(b)>) and there\n')
  })

  it('escapes a ! before a link and a { after one', () => {
    const link = { type: 'link', attrs: { href: 'https://example.org/' } }
    expect(bodyOf(writeArticleMarkdown(testArticle(body(p(t('Wow!'), { type: 'text', text: 'x', marks: [link] }, t('{.y}'))))))).toBe('Wow\\![x](https://example.org/)\\{.y}\n')
  })
})
