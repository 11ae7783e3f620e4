import { describe, expect, it } from 'vitest'
import { completeArticle } from '../../../src/core/model/completeArticle'
import { countWords } from '../../../src/core/model/countWords'
import type { DocJSON } from '../../../src/core/model/DocJSON'
import { docToPlainText } from '../../../src/core/model/docToPlainText'
import { isSafeHref } from '../../../src/core/model/isSafeHref'
import { parseCreditLine } from '../../../src/core/model/parseCreditLine'
import { slugify } from '../../../src/core/model/slugify'

const doc: DocJSON = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Ferry “truce”' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Pes', marks: [{ type: 'bold' }] },
        { type: 'text', text: 'kov said – the 12-day al-Assad' },
        { type: 'hardBreak' },
        { type: 'text', text: 'talks “ended”.' }
      ]
    },
    { type: 'paragraph' },
    { type: 'horizontalRule' },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One item' }] }] }] }
  ]
}

describe('docToPlainText / countWords', () => {
  it('joins text blocks with a blank line, breaks with a newline, and skips empty blocks', () => {
    expect(docToPlainText(doc)).toBe('Ferry “truce”\n\nPeskov said – the 12-day al-Assad\ntalks “ended”.\n\nOne item')
  })

  it('counts words across marks, not dashes or stray quotes', () => {
    expect(countWords(doc)).toBe(2 + 7 + 2)
    expect(countWords({ type: 'doc', content: [] })).toBe(0)
  })
})

describe('slugify', () => {
  it.each([
    ['Kremlin: “Russia has clearly supported Iran”', 'kremlin-russia-has-clearly-supported-iran'],
    ['Iran’s nuclear sites', 'irans-nuclear-sites'],
    ['Ytterøy council: “Straße” Łódź Æbeltoft Crème brûlée', 'ytteroy-council-strasse-lodz-aebeltoft-creme-brulee'],
    ['   ', 'untitled'],
    ['“”…', 'untitled'],
    ['A'.repeat(80), 'a'.repeat(60)]
  ])('%s → %s', (input, slug) => {
    expect(slugify(input)).toBe(slug)
  })

  it('cuts long slugs at a word boundary within 60 characters', () => {
    const slug = slugify('Harbour authority suspends all night ferry crossings to the outer islands after fog')
    expect(slug.length).toBeLessThanOrEqual(60)
    expect(slug).toBe('harbour-authority-suspends-all-night-ferry-crossings-to-the')
  })
})

describe('parseCreditLine', () => {
  it('splits agency / distributor and keeps the line verbatim', () => {
    expect(parseCreditLine('SalamPix-Abaca / Shutterstock Editorial')).toEqual({
      creditLine: 'SalamPix-Abaca / Shutterstock Editorial',
      agency: 'SalamPix-Abaca',
      distributor: 'Shutterstock Editorial'
    })
  })

  it('splits photographer / agency / distributor', () => {
    expect(parseCreditLine('Photo: Jo Lund/Nord Pix/Wire Editorial')).toEqual({
      creditLine: 'Photo: Jo Lund/Nord Pix/Wire Editorial',
      photographer: 'Jo Lund',
      agency: 'Nord Pix',
      distributor: 'Wire Editorial'
    })
  })

  it.each(['Nord Pix', 'https://example.org/a/b', 'A / / B', 'a/b/c/d'])('leaves %s unsplit', (line) => {
    expect(parseCreditLine(line)).toEqual({ creditLine: line })
  })
})

describe('isSafeHref', () => {
  it.each(['https://example.org', 'http://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG', 'mailto:desk@example.org'])('accepts %s', (href) => {
    expect(isSafeHref(href)).toBe(true)
  })
  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '/relative', '//example.org', 'https://', 'vbscript:x', 'https://exa mple.org', ''])('refuses %j', (href) => {
    expect(isSafeHref(href)).toBe(false)
  })
})

describe('completeArticle', () => {
  it('fills identity without overriding what the file had', () => {
    const body: DocJSON = { type: 'doc', content: [] }
    const parsed = { headline: 'H', photos: [], sources: [], custom: {}, extra: {}, body, id: 'KEEP', status: 'ready' as const }
    expect(completeArticle(parsed, { id: 'NEW', slug: 's', now: 'T' })).toMatchObject({ id: 'KEEP', slug: 's', status: 'ready', createdAt: 'T', updatedAt: 'T' })
  })
})
