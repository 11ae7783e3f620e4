import { describe, expect, it } from 'vitest'
import { writeNitf } from '../../../src/core/formats/export/writeNitf'
import { CREDIT_LINE, QUOTE_DIRECT, fixtureArticle, fixtureContext } from './fixtureArticle'
import type { Document, Element } from '@xmldom/xmldom'
import { all, parseXml } from './parseXml'

const NITF = 'http://iptc.org/std/NITF/2006-10-18/'
const CD = 'urn:x-copydesk:nitf:1'
/** The body's body.content (a correction note in body.head has one of its own). */
const content = (d: Document): Element => all(d, 'body.content').at(-1)!
const ENTITY_ELEMENTS = ['person', 'org', 'location', 'event', 'object.title', 'classifier']

describe('writeNitf', () => {
  const xml = writeNitf(fixtureArticle(), fixtureContext())
  const doc = parseXml(xml)
  const root = doc.documentElement!

  it('writes a well-formed NITF 3.6 document in the NITF namespace', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<nitf ')).toBe(true)
    expect(root.localName).toBe('nitf')
    expect(root.namespaceURI).toBe(NITF)
    expect(root.getAttribute('version')).toBe('-//IPTC//DTD NITF 3.6//EN')
    expect(Array.from(root.childNodes).filter((n) => n.nodeType === 1).map((n) => (n as unknown as { localName: string }).localName)).toEqual(['head', 'body'])
  })

  it('fills the head: title, doc-id, dates, embargo, editor note, corrections, subjects', () => {
    expect(all(doc, 'title')[0]!.textContent).toBe('Harbour board defends dredging plan for the Sele')
    expect(all(doc, 'doc-id')[0]!.getAttribute('id-string')).toBe('01JZFIXTURE000000000000000')
    expect(all(doc, 'date.issue')[0]!.getAttribute('norm')).toBe('20260302T104000Z')
    expect(all(doc, 'date.release')[0]!.getAttribute('norm')).toBe('20260303T060000+0100')
    expect(all(doc, 'docdata')[0]!.getAttribute('management-status')).toBe('embargoed')
    expect(all(doc, 'ed-msg')[0]!.getAttribute('info')).toBe('Second read by the night desk.')
    expect(all(doc, 'correction')[0]!.getAttribute('info')).toBe('2026-03-02: An earlier version misspelt the river.')
    expect(all(doc, 'keyword').map((k) => k.getAttribute('key'))).toEqual(['port and harbour'])
    const subject = all(doc, 'classifier').find((c) => c.getAttribute('type') === 'subject')!
    expect([subject.getAttribute('idsrc'), subject.getAttribute('value')]).toEqual(['http://cv.iptc.org/newscodes/mediatopic/', '20000420'])
  })

  it('lists every entity mentioned in identified-content, merged entities folded into the survivor', () => {
    const identified = all(doc, 'identified-content')[0]!
    const listed = Array.from(identified.childNodes)
      .filter((n) => n.nodeType === 1)
      .map((n) => {
        const e = n as unknown as { localName: string; textContent: string; getAttributeNS(ns: string, n: string): string }
        return `${e.localName}:${e.getAttributeNS(CD, 'entity') ?? ''}:${e.textContent}`
      })
    expect(listed).toEqual([
      'classifier::port and harbour',
      'org:port-alwen-harbour-board:Port Alwen Harbour Board',
      'location:port-alwen:Port Alwen',
      'location:sele:River Sele',
      'person:marta-quintero:Marta Quintero',
      'event:sele-regatta:Sele Regatta'
    ])
  })

  it('fills body.head: hedline, bylines, the wire source as distributor, dateline, abstract, corrections note', () => {
    expect(all(doc, 'hl1')[0]!.textContent).toBe('Harbour board defends dredging plan for the Sele')
    expect(all(doc, 'byline').map((b) => b.textContent)).toEqual(['By Tomas Varga', 'By Lena Okafor'])
    const org = all(all(doc, 'distributor')[0]!, 'org')[0]!
    expect([org.textContent, org.getAttribute('value')]).toEqual(['The Coastal Ledger', 'coastal-ledger'])
    const dateline = all(doc, 'dateline')[0]!
    expect(dateline.textContent).toBe('PORT ALWEN, March 2')
    expect(all(dateline, 'story.date')[0]!.getAttribute('norm')).toBe('20260302T000000')
    expect(all(doc, 'abstract')[0]!.textContent).toBe('The board says the work will stop during the spawning season.')
    expect(all(doc, 'note')[0]!.getAttribute('type')).toBe('pa')
  })

  it('tags entities inline with idsrc/value from the registry (Wikidata when known)', () => {
    const body = content(doc)
    const person = all(body, 'person')[0]!
    expect(person.textContent).toBe('Marta Quintero')
    expect([person.getAttribute('idsrc'), person.getAttribute('value')]).toEqual(['urn:x-copydesk:entity', 'marta-quintero'])
    // The merged river-sele points at sele, which has a Wikidata id; location uses code-source/location-code.
    const river = all(body, 'location').find((l) => l.textContent === 'River Sele')!
    expect([river.getAttribute('code-source'), river.getAttribute('location-code'), river.getAttributeNS(CD, 'entity')]).toEqual([
      'http://www.wikidata.org/entity/',
      'Q999999902',
      'sele'
    ])
    expect(all(body, 'event')[0]!.getAttribute('value')).toBe('sele-regatta')
  })

  it('keeps entity elements text-only: the longer of two overlapping entities wins, bold gives way', () => {
    for (const name of ENTITY_ELEMENTS) {
      for (const el of all(doc, name)) expect(Array.from(el.childNodes).every((n) => n.nodeType === 3)).toBe(true)
    }
    const board = all(content(doc), 'org')[0]!
    expect(board.textContent).toBe('Port Alwen Harbour Board')
    // "Marta" is bold in the editor, but the person stays one element.
    expect(all(content(doc), 'person')).toHaveLength(1)
  })

  it('writes quotes as q with kind, speaker and the quote id shared across paragraphs', () => {
    const qs = all(doc, 'q')
    expect(qs.map((q) => q.getAttribute('class'))).toEqual(['direct', 'direct', 'partial', 'indirect'])
    expect(qs.filter((q) => q.getAttributeNS(CD, 'quote') === QUOTE_DIRECT)).toHaveLength(2)
    expect(qs[0]!.getAttribute('quote-source')).toBe('Marta Quintero')
    expect(qs[0]!.getAttributeNS(CD, 'speaker')).toBe('marta-quintero')
    expect(qs[0]!.getAttributeNS(CD, 'verified')).toBe('true')
    expect(qs[3]!.getAttributeNS(CD, 'source')).toBe('coastal-ledger')
    expect(qs[1]!.textContent).toBe('Everything else can wait for the Sele Regatta.”')
    expect(all(qs[1]!, 'event')).toHaveLength(1)
  })

  it('writes the attribution as an anchor to the source', () => {
    const a = all(doc, 'a').find((e) => e.getAttribute('class') === 'attribution')!
    expect(a.textContent).toBe('the Coastal Ledger reported')
    expect([a.getAttribute('href'), a.getAttributeNS(CD, 'source')]).toEqual(['https://ledger.example/', 'coastal-ledger'])
  })

  it('writes the photo as a media block with the credit line verbatim as media-producer', () => {
    const media = all(doc, 'media')[0]!
    expect(media.getAttribute('media-type')).toBe('image')
    expect(all(media, 'media-producer')[0]!.textContent).toBe(CREDIT_LINE)
    const ref = all(media, 'media-reference')[0]!
    expect([ref.getAttribute('source'), ref.getAttribute('mime-type'), ref.getAttribute('alternate-text')]).toEqual([
      'media/dredger.jpg',
      'image/jpeg',
      'A red dredger moored beside a stone quay'
    ])
    expect(all(media, 'media-caption')[0]!.textContent).toBe('A dredger waits at the mouth of the Sele.')
    const meta = Object.fromEntries(all(media, 'media-metadata').map((m) => [m.getAttribute('name'), m.getAttribute('value')]))
    expect(meta).toMatchObject({ copyrightNotice: '© 2026 Harbourlight', usageTerms: 'Editorial use only', copyrightOwner: 'Harbourlight Ltd', webStatement: 'https://harbourlight.example/rights' })
    // Schema order: media-metadata, media-reference, media-caption, media-producer.
    const order = Array.from(media.childNodes).filter((n) => n.nodeType === 1).map((n) => (n as unknown as { localName: string }).localName)
    expect(order.lastIndexOf('media-metadata')).toBeLessThan(order.indexOf('media-reference'))
    expect(order.indexOf('media-caption')).toBeLessThan(order.indexOf('media-producer'))
  })

  it('writes blocks: hl2 subheads, lists, block quotes, breaks, escaped text', () => {
    expect(all(doc, 'hl2')[0]!.textContent).toBe('A “lifeline” for the docks')
    expect(all(all(doc, 'ul')[0]!, 'li')).toHaveLength(2)
    expect(all(all(doc, 'bq')[0]!, 'p')[0]!.textContent).toBe('Dredging is a promise kept.')
    expect(all(doc, 'br')).toHaveLength(1)
    expect(xml).toContain('Fish &amp; chips &lt;stall&gt; stays open.')
    expect(all(doc, 'a').find((a) => a.textContent === 'see the plan')!.getAttribute('href')).toBe('https://example.org/plan?a=1&b=2')
  })

  it('leaves the note text in, unmarked, and nothing of the note itself', () => {
    expect(xml).toContain('a date the Arakchi-style slip desk still doubts.')
    expect(xml).not.toContain('Desk: check')
    expect(xml).not.toContain('n1')
    expect(xml).not.toContain('Recorded on tape')
  })

  it('is deterministic and minimal for an article with nothing but a body', () => {
    expect(writeNitf(fixtureArticle(), fixtureContext())).toBe(xml)
    const bare = fixtureArticle({
      headline: '',
      photos: [],
      sources: [],
      bylines: undefined,
      dateline: undefined,
      standfirst: undefined,
      subjects: undefined,
      embargo: undefined,
      editorNote: undefined,
      corrections: undefined,
      body: { type: 'doc', content: [] }
    })
    const out = parseXml(writeNitf(bare, { entities: new Map(), sources: new Map() }))
    expect(all(out, 'title')).toHaveLength(0)
    expect(all(out, 'hedline')).toHaveLength(0)
    expect(all(out, 'body.content')).toHaveLength(1)
    expect(content(out).childNodes).toHaveLength(0)
  })

  it('drops characters XML cannot carry and keeps astral characters', () => {
    const odd = fixtureArticle({ headline: 'Bell\u0007 rings 😀 \uffff', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a\u0000b' }] }] } })
    const out = parseXml(writeNitf(odd, fixtureContext()))
    expect(all(out, 'hl1')[0]!.textContent).toBe('Bell rings 😀 ')
    expect(all(content(out), 'p')[0]!.textContent).toBe('ab')
  })

  it('exports entities the registry does not know under the tagged text, and drops malformed tags', () => {
    const article = fixtureArticle({
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Ana Vidal', marks: [{ type: 'entity', attrs: { entityId: 'ana-vidal', type: 'person' } }] },
              { type: 'text', text: ' met ' },
              { type: 'text', text: 'Bob', marks: [{ type: 'entity', attrs: { entityId: '../x', type: 'person' } }] },
              { type: 'text', text: ' in ' },
              { type: 'text', text: 'Lyra', marks: [{ type: 'entity', attrs: { entityId: 'lyra', type: 'planet' } }] }
            ]
          }
        ]
      }
    })
    const out = parseXml(writeNitf(article, { entities: new Map(), sources: new Map() }))
    const persons = all(content(out), 'person')
    expect(persons.map((p) => [p.textContent, p.getAttribute('value')])).toEqual([['Ana Vidal', 'ana-vidal']])
    expect(all(all(out, 'identified-content')[0]!, 'person').map((p) => p.textContent)).toEqual(['Ana Vidal'])
    expect(all(content(out), 'p')[0]!.textContent).toBe('Ana Vidal met Bob in Lyra')
  })
})
