import createDOMPurify, { type WindowLike } from 'dompurify'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import type { HtmlNodeLike } from '../../../src/core/formats/html/HtmlNodeLike'
import { sanitizeConfig } from '../../../src/core/formats/html/sanitizeConfig'
import { ImportError } from '../../../src/core/formats/ImportError'
import { importArticle } from '../../../src/core/formats/importArticle'
import { readFixture } from './helpers/readFixture'

const purify = createDOMPurify(new JSDOM('').window as unknown as WindowLike)
const deps = { parseSanitizedHtml: (html: string): HtmlNodeLike => new JSDOM(purify.sanitize(html, sanitizeConfig) as string).window.document }
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('importArticle', () => {
  it('dispatches by extension', () => {
    expect(importArticle('wire-story.txt', readFixture('wire-story.txt'), deps).photos).toHaveLength(1)
    expect(importArticle('a.MD', readFixture('workspace-article.md'), deps).id).toBe('01JZ8Q6W3V5T7YH2K9M4N6P8R0')
    expect(importArticle('story.htm', readFixture('story.html'), deps).headline).toBe('Choir festival draws record crowd')
    // A .txt file is plain text even if it looks like Markdown.
    expect(importArticle('notes.txt', utf8('# Not a heading\nBody line that ends here.'), deps).headline).toBe('# Not a heading')
  })

  it('sniffs the format when the extension says nothing', () => {
    expect(importArticle('noext', utf8('---\nheadline: Sniffed\n---\nBody'), deps).headline).toBe('Sniffed')
    expect(importArticle('page.php', utf8('<p>Para</p>'), deps).body.content[0]!.type).toBe('paragraph')
    expect(importArticle('x.dat', utf8('Photo:: A / B\nBody text.'), deps).photos[0]!.agency).toBe('A')
  })

  it.each([
    ['story.docx', /Word \(\.docx\) files need the Word converter/],
    ['story.nitf', /not well-formed XML/],
    ['story.xml', /not well-formed XML/],
    ['story.json', /not valid JSON/],
    ['story.pdf', /PDF files are not supported/]
  ])('refuses %s', (name, message) => {
    expect(() => importArticle(name, utf8('x'), deps)).toThrow(message)
  })

  it('refuses empty NITF and RTF found by sniffing, and files over 50 MB', () => {
    expect(() => importArticle('feed', utf8('<?xml version="1.0"?><nitf/>'), deps)).toThrow(/no headline and no text/)
    expect(() => importArticle('doc', utf8('{\\rtf1 hello}'), deps)).toThrow(/RTF/)
    expect(() => importArticle('big.txt', new Uint8Array(50 * 1024 * 1024 + 1), deps)).toThrow(/larger than 50 MB/)
  })

  it('reports decoding problems as ImportError', () => {
    expect(() => importArticle('empty.txt', new Uint8Array(), deps)).toThrow(ImportError)
  })
})
