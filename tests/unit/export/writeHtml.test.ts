import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { writeHtml } from '../../../src/core/formats/export/writeHtml'
import { CREDIT_LINE, fixtureArticle, fixtureContext } from './fixtureArticle'

describe('writeHtml', () => {
  const html = writeHtml(fixtureArticle(), fixtureContext())
  const doc = new JSDOM(html).window.document

  it('is one standalone page: doctype, language, title, no external resources, no runnable script', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true)
    expect(doc.title).toBe('Harbour board defends dredging plan for the Sele')
    expect(doc.querySelectorAll('link, script:not([type="application/ld+json"])')).toHaveLength(0)
    expect(html).not.toMatch(/\bhttps?:\/\/[^"\s]*\.(css|js)\b/)
  })

  it('writes the header and the photo with its credit line', () => {
    expect(doc.querySelector('h1')!.textContent).toBe('Harbour board defends dredging plan for the Sele')
    expect(doc.querySelector('.byline')!.textContent).toBe('By Tomas Varga and Lena Okafor')
    expect(doc.querySelector('.dateline time')!.getAttribute('datetime')).toBe('2026-03-02')
    expect(doc.querySelector('figure img')!.getAttribute('alt')).toBe('A red dredger moored beside a stone quay')
    expect(doc.querySelector('figcaption .credit')!.textContent).toBe(CREDIT_LINE)
  })

  it('writes entities as span[data-entity] and quotes as q[data-speaker], nested as tagged', () => {
    const person = doc.querySelector('span[data-entity="marta-quintero"]')!
    expect(person.getAttribute('data-entity-type')).toBe('person')
    expect(person.textContent).toBe('Marta Quintero')
    expect(person.querySelector('strong')!.textContent).toBe('Marta')
    const place = doc.querySelector('span[data-entity="port-alwen"]')!
    expect(place.closest('[data-entity="port-alwen-harbour-board"]')).not.toBeNull()
    expect(place.getAttribute('data-wikidata')).toBe('Q999999901')
    const quotes = [...doc.querySelectorAll('q[data-speaker="marta-quintero"]')]
    expect(quotes.map((q) => q.getAttribute('data-kind'))).toEqual(['direct', 'direct', 'partial', 'indirect'])
    expect(quotes[1]!.querySelector('[data-entity="sele-regatta"]')).not.toBeNull()
    expect(doc.querySelector('span.attribution')!.getAttribute('data-source')).toBe('coastal-ledger')
    expect(doc.querySelector('h2')!.textContent).toBe('A “lifeline” for the docks')
  })

  it('adds schema.org NewsArticle JSON-LD with mentions, citation and image', () => {
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!)
    expect(ld['@type']).toBe('NewsArticle')
    expect(ld.headline).toBe('Harbour board defends dredging plan for the Sele')
    expect(ld.mentions).toContainEqual({ '@type': 'Place', name: 'River Sele', identifier: 'sele', sameAs: 'http://www.wikidata.org/entity/Q999999902' })
    expect(ld.mentions).toContainEqual({ '@type': 'Person', name: 'Marta Quintero', identifier: 'marta-quintero' })
    expect(ld.citation).toEqual([{ '@type': 'CreativeWork', name: 'The Coastal Ledger', identifier: 'coastal-ledger', url: 'https://ledger.example/' }])
    expect(ld.image[0]).toMatchObject({
      '@type': 'ImageObject',
      creditText: CREDIT_LINE,
      creator: { '@type': 'Person', name: 'Ana Ribeiro' },
      copyrightNotice: '© 2026 Harbourlight',
      license: 'https://harbourlight.example/rights'
    })
  })

  it('cannot be broken out of by text: script-closing text in JSON-LD and markup in the body stay text', () => {
    const nasty = fixtureArticle({ headline: '</script><script>alert(1)</script>' })
    const out = writeHtml(nasty, fixtureContext())
    const d = new JSDOM(out).window.document
    expect(d.querySelectorAll('script')).toHaveLength(1)
    expect(JSON.parse(d.querySelector('script')!.textContent!).headline).toBe('</script><script>alert(1)</script>')
    expect(d.querySelector('h1')!.textContent).toBe('</script><script>alert(1)</script>')
    expect(d.body.innerHTML).toContain('Fish &amp; chips &lt;stall&gt; stays open.')
  })

  it('exports nothing of the notes and no unsafe links', () => {
    expect(html).not.toContain('Desk: check')
    expect(html).not.toContain('data-note')
    expect(html).toContain('a date the Arakchi-style slip desk still doubts.')
    const article = fixtureArticle({
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] }
    })
    const out = writeHtml(article, fixtureContext())
    expect(out).toContain('<p>click</p>')
    expect(out).not.toContain('javascript:')
  })
})
