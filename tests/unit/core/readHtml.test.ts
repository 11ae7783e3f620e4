import { readFileSync } from 'node:fs'
import createDOMPurify, { type WindowLike } from 'dompurify'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import type { HtmlNodeLike } from '../../../src/core/formats/html/HtmlNodeLike'
import { readHtml } from '../../../src/core/formats/html/readHtml'
import { sanitizeConfig } from '../../../src/core/formats/html/sanitizeConfig'
import { blocks } from './helpers/blocks'
import { fixturePath } from './helpers/fixturePath'

const purify = createDOMPurify(new JSDOM('').window as unknown as WindowLike)
const parse = (html: string): HtmlNodeLike => new JSDOM(purify.sanitize(html, sanitizeConfig) as string).window.document

describe('readHtml', () => {
  it('reads the story fixture: h1 headline, subheads, lists, quotes, marks, links', () => {
    const article = readHtml(parse(readFileSync(fixturePath('story.html'), 'utf8')))
    expect(article.headline).toBe('Choir festival draws record crowd')
    expect(blocks(article.body)).toEqual([
      'p: More than six thousand people attended the Lakeside Choir Festival over the weekend, the organisers said.',
      'h2: “Our best year”',
      'p: Festival director Hanne Moe said: “This was our best year.\nWe will need a bigger tent.”',
      'bulletList: Forty choirs took partNine came from abroad',
      'blockquote: Next year’s dates will be announced in January.',
      'p: Tickets sold out twice three times.'
    ])
    const json = JSON.stringify(article.body)
    for (const mark of ['bold', 'italic', 'underline', 'strike']) expect(json).toContain(`{"type":"${mark}"}`)
    expect(json).toContain('{"type":"link","attrs":{"href":"https://example.org/abroad"}}')
  })

  it('uses the <title> when there is no leading h1', () => {
    expect(readHtml(parse('<title>Page  title</title><p>Text</p><h1>Late</h1>')).headline).toBe('Page title')
    expect(readHtml(parse('<p>No title at all</p>')).headline).toBe('')
  })

  it('keeps nothing dangerous from hostile markup', () => {
    const article = readHtml(parse(readFileSync(fixturePath('hostile.html'), 'utf8')))
    const json = JSON.stringify(article)
    for (const bad of ['SCRIPT_IN', 'ONLOAD', 'ONERROR', 'JSLINK', 'DATALINK', 'ONCLICK', 'IFRAME_TEXT', 'OBJECT_TEXT', 'FORM_INPUT', 'Send', 'SVG', 'STYLE', 'javascript', 'data:']) {
      expect(json).not.toContain(bad)
    }
    expect(article.headline).toBe('Harmless title')
    expect(blocks(article.body)).toContain('p: Read more or here or data or the report.')
    expect(json).toContain('"href":"https://example.org/ok"')
  })

  it('reads unsanitised structural nodes too (script and style skipped), and ordered list starts', () => {
    const doc = new JSDOM('<body><script>x()</script><div>Loose <em>text</em><p>Para</p>tail</div><ol start="4"><li>four</li></ol><pre>a\n  b</pre><hr></body>').window.document
    const article = readHtml(doc)
    expect(blocks(article.body)).toEqual(['p: Loose text', 'p: Para', 'p: tail', 'orderedList: four', 'p: a\nb', 'horizontalRule: '])
    expect(article.body.content[3]!.attrs).toEqual({ start: 4 })
  })
})
