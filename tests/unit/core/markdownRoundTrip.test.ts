import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readArticleMarkdown } from '../../../src/core/formats/markdown/readArticleMarkdown'
import { writeArticleMarkdown } from '../../../src/core/formats/markdown/writeArticleMarkdown'
import { readPlainText } from '../../../src/core/formats/plainText/readPlainText'
import { completeArticle } from '../../../src/core/model/completeArticle'
import type { DocJSON } from '../../../src/core/model/DocJSON'
import { fixturePath } from './helpers/fixturePath'
import { randomDoc } from './helpers/randomDoc'
import { testArticle } from './helpers/testArticle'
import { withoutMarksOnSpace } from './helpers/withoutMarksOnSpace'

const fill = { id: '01JZ9999999999999999999999', slug: 'x', now: '2030-01-01T00:00:00.000Z' }
const reread = (markdown: string): string => writeArticleMarkdown(completeArticle(readArticleMarkdown(markdown), fill))

describe('Markdown round trip', () => {
  it('reads and rewrites the workspace fixture byte for byte', () => {
    const markdown = readFileSync(fixturePath('workspace-article.md'), 'utf8')
    expect(reread(markdown)).toBe(markdown)
  })

  it.each(['wire-story.txt', 'wrapped-blocks.txt', 'headline-field.txt'])('write(read(write(%s))) is stable and lossless', (name) => {
    const parsed = readPlainText(readFileSync(fixturePath(name), 'utf8'))
    const article = completeArticle(parsed, fill)
    const first = writeArticleMarkdown(article)
    expect(reread(first)).toBe(first)
    expect(readArticleMarkdown(first).body).toEqual(parsed.body)
    expect(readArticleMarkdown(first).photos).toEqual(parsed.photos)
    expect(readArticleMarkdown(first).custom).toEqual(parsed.custom)
  })

  it('turns foreign Markdown into a stable workspace file', () => {
    const first = reread(readFileSync(fixturePath('foreign-notes.md'), 'utf8'))
    expect(reread(first)).toBe(first)
  })

  // Generated bodies in canonical form, full of characters Markdown treats specially,
  // with marks nested, overlapping and meeting head-on: reading the written file gives
  // back the same body (a mark on a bare space aside), and writing that again gives the same bytes.
  it.each(Array.from({ length: 300 }, (_, i) => i + 1))('round-trips generated document #%i', (seed) => {
    const body: DocJSON = randomDoc(seed)
    const article = testArticle(body)
    const first = writeArticleMarkdown(article)
    const read = readArticleMarkdown(first)
    expect(withoutMarksOnSpace(read.body)).toEqual(withoutMarksOnSpace(body))
    expect(writeArticleMarkdown(completeArticle(read, fill))).toBe(first)
  })

  it('keeps messy white space and marks stable after the first write', () => {
    const body: DocJSON = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '  lead ' },
            { type: 'text', text: ' bold  ', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' ', marks: [{ type: 'italic' }] },
            { type: 'text', text: 'x\ny', marks: [{ type: 'strike' }] },
            { type: 'hardBreak' },
            { type: 'hardBreak' },
            { type: 'text', text: '  tail  ' },
            { type: 'hardBreak' }
          ]
        },
        { type: 'paragraph' },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Sub' }, { type: 'hardBreak' }, { type: 'text', text: 'head #' }] }
      ]
    }
    const first = writeArticleMarkdown(testArticle(body))
    // Spaces move outside the delimiters (and the italic on a bare space goes), the newline
    // inside a text node becomes a space, breaks at the end go, the heading's break is a space.
    expect(first.split('---\n')[2]).toBe('lead  **bold**   ~~x y~~\\\n\\\ntail\n\n## Sub head \\#\n')
    expect(reread(first)).toBe(first)
  })
})
