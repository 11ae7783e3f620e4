import { describe, expect, it } from 'vitest'
import { writeNinjs } from '../../../src/core/formats/export/writeNinjs'
import { CREDIT_LINE, fixtureArticle, fixtureContext } from './fixtureArticle'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const keysDeep = (value: unknown, out = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) value.forEach((v) => keysDeep(v, out))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) keysDeep(v, out.add(k))
  return out
}

describe('writeNinjs 3.1', () => {
  const ninjs = JSON.parse(writeNinjs(fixtureArticle(), fixtureContext(), '3.1')) as Json

  it('identifies the article and the standard', () => {
    expect(ninjs.uri).toBe('urn:x-copydesk:article:01JZFIXTURE000000000000000')
    expect(ninjs.standard).toEqual({ name: 'ninjs', version: '3.1', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#' })
    expect(ninjs.type).toBe('text')
    expect([ninjs.firstCreated, ninjs.versionCreated, ninjs.embargoedUntil]).toEqual(['2026-03-02T08:15:00.000Z', '2026-03-02T10:40:00.000Z', '2026-03-03T06:00:00+01:00'])
    expect(ninjs.edNote).toBe('Second read by the night desk.')
  })

  it('writes headline, standfirst, corrections, byline, located and subjects', () => {
    expect(ninjs.headlines).toEqual([{ role: 'main', value: 'Harbour board defends dredging plan for the Sele' }])
    expect(ninjs.descriptions).toEqual([
      { role: 'summary', value: 'The board says the work will stop during the spawning season.' },
      { role: 'correction', value: '2026-03-02: An earlier version misspelt the river.' }
    ])
    expect(ninjs.by).toBe('Tomas Varga and Lena Okafor')
    expect(ninjs.located).toBe('PORT ALWEN')
    expect(ninjs.subjects).toEqual([{ name: 'port and harbour', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000420', literal: 'medtop:20000420' }])
  })

  it('writes one HTML body with the inline tags and counts', () => {
    const [body] = ninjs.bodies
    expect(body.contentType).toBe('text/html')
    expect(body.value).toContain('<span class="person" data-entity="marta-quintero"')
    expect(body.value).toContain('<q class="quote" data-quote="01JZQDIRECT0000000000000001" data-speaker="marta-quintero"')
    expect(body.wordCount).toBeGreaterThan(50)
    expect(Number.isInteger(body.charCount)).toBe(true)
  })

  it('lists the entities with Wikidata URIs and registry ids, merged ones folded', () => {
    expect(ninjs.people).toEqual([{ name: 'Marta Quintero', rel: 'mentions', literal: 'marta-quintero' }])
    expect(ninjs.organisations).toEqual([{ name: 'Port Alwen Harbour Board', rel: 'mentions', literal: 'port-alwen-harbour-board' }])
    expect(ninjs.places).toEqual([
      { name: 'Port Alwen', rel: 'mentions', uri: 'http://www.wikidata.org/entity/Q999999901', literal: 'port-alwen' },
      { name: 'River Sele', rel: 'mentions', uri: 'http://www.wikidata.org/entity/Q999999902', literal: 'sele' }
    ])
    expect(ninjs.events).toEqual([{ name: 'Sele Regatta', rel: 'mentions', literal: 'sele-regatta' }])
  })

  it('names the originating source in infoSources', () => {
    expect(ninjs.infoSources).toEqual([{ name: 'The Coastal Ledger', role: 'originating source', uri: 'https://ledger.example/', literal: 'coastal-ledger' }])
  })

  it('carries the photo as an association with the credit line verbatim in a credit infoSource', () => {
    const [photo] = ninjs.associations
    expect(photo).toMatchObject({ name: 'photo-1', type: 'picture', by: 'Ana Ribeiro', copyrightHolder: 'Harbourlight Ltd', copyrightNotice: '© 2026 Harbourlight', usageTerms: 'Editorial use only' })
    expect(photo.infoSources[0]).toEqual({ name: CREDIT_LINE, role: 'credit' })
    expect(photo.rightsInfo).toEqual({ linkedRights: 'https://harbourlight.example/rights' })
    expect(photo.descriptions).toContainEqual({ role: 'caption', value: 'A dredger waits at the mouth of the Sele.' })
    expect(photo.altIds).toEqual([{ role: 'file', value: 'media/dredger.jpg' }])
  })

  it('exports nothing of the notes', () => {
    const text = JSON.stringify(ninjs)
    expect(text).not.toContain('Desk: check')
    expect(text).not.toContain('data-note')
    expect(text).toContain('Arakchi-style slip desk')
  })
})

describe('writeNinjs 2.1', () => {
  const ninjs = JSON.parse(writeNinjs(fixtureArticle(), fixtureContext(), '2.1')) as Json

  it('uses the lower-case names of 2.1 throughout', () => {
    for (const key of keysDeep(ninjs)) expect(key).toBe(key.toLowerCase())
    expect(ninjs.embargoed).toBe('2026-03-03T06:00:00+01:00')
    expect(ninjs.infosources[0].role).toBe('originating source')
    expect(ninjs.bodies[0].contenttype).toBe('text/html')
    expect(ninjs.associations[0].infosources[0]).toEqual({ name: CREDIT_LINE, role: 'credit' })
    expect(ninjs.associations[0].rightsinfo).toEqual({ linkedrights: 'https://harbourlight.example/rights' })
    expect(ninjs.standard.version).toBe('2.1')
  })

  it('leaves out what 2.1 does not have', () => {
    const article = fixtureArticle()
    article.photos[0]!.digitalSourceType = 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia'
    const v21 = JSON.parse(writeNinjs(article, fixtureContext(), '2.1')) as Json
    const v31 = JSON.parse(writeNinjs(article, fixtureContext(), '3.1')) as Json
    expect(v21.associations[0].digitalsourcetype).toBeUndefined()
    expect(v31.associations[0].digitalSourceType).toEqual({ uri: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia' })
  })

  it('leaves out dates that are not dates and URLs that are not URIs', () => {
    const article = fixtureArticle({ embargo: 'tomorrow', sources: ['x'] })
    const ctx = fixtureContext()
    ctx.sources.set('x', { id: 'x', type: 'website', name: 'X', url: 'not a url' })
    const out = JSON.parse(writeNinjs(article, ctx, '3.1')) as Json
    expect(out.embargoedUntil).toBeUndefined()
    expect(out.infoSources[0]).toEqual({ name: 'X', role: 'originating source', literal: 'x' })
    expect(out.infoSources[1]).toMatchObject({ name: 'The Coastal Ledger', role: 'source' })
  })
})
