import { describe, expect, it } from 'vitest'
import { escapeXml } from '../../../src/core/formats/export/escapeXml'
import { isAbsoluteUri } from '../../../src/core/formats/export/isAbsoluteUri'
import { joinNames } from '../../../src/core/formats/export/joinNames'
import { nitfDate } from '../../../src/core/formats/export/nitfDate'
import { resolveEntity } from '../../../src/core/formats/export/resolveEntity'
import { stripNotes } from '../../../src/core/formats/export/stripNotes'
import { toDateTime } from '../../../src/core/formats/export/toDateTime'
import { wikidataUri } from '../../../src/core/formats/export/wikidataUri'
import type { Entity } from '../../../src/core/model/Entity'
import { note, p, t } from './fixtureArticle'

describe('export helpers', () => {
  it('escapeXml escapes markup, quotes in attributes, and drops what XML cannot carry', () => {
    expect(escapeXml('a & b < c > "d"')).toBe('a &amp; b &lt; c &gt; "d"')
    expect(escapeXml('a "b"\n\tc', true)).toBe('a &quot;b&quot;&#10;&#9;c')
    expect(escapeXml('x\u0000\u001f\ud800y\ufffe😀')).toBe('xy😀')
  })

  it('nitfDate and toDateTime normalise ISO dates and refuse anything else', () => {
    expect(nitfDate('2026-06-24T09:30:05.123Z')).toBe('20260624T093005Z')
    expect(nitfDate('2026-06-24T09:30+02:00')).toBe('20260624T093000+0200')
    expect(nitfDate('2026-06-24')).toBe('20260624T000000')
    expect(nitfDate('2026-02-30')).toBeUndefined()
    expect(toDateTime('2026-06-24')).toBe('2026-06-24T00:00:00Z')
    expect(toDateTime('2026-06-24T09:30:00')).toBe('2026-06-24T09:30:00Z')
    expect(toDateTime('2026-06-24T09:30:00.5-0500')).toBe('2026-06-24T09:30:00.5-05:00')
    expect(toDateTime('next week')).toBeUndefined()
    expect(toDateTime(undefined)).toBeUndefined()
  })

  it('wikidataUri accepts item ids only', () => {
    expect(wikidataUri('Q7747')).toBe('http://www.wikidata.org/entity/Q7747')
    expect(wikidataUri(' Q1 ')).toBe('http://www.wikidata.org/entity/Q1')
    expect(wikidataUri('P31')).toBeUndefined()
    expect(wikidataUri('Q0')).toBeUndefined()
    expect(wikidataUri(undefined)).toBeUndefined()
  })

  it('isAbsoluteUri accepts http(s) URLs and URNs only', () => {
    expect(isAbsoluteUri('https://example.org/a?b=1#c')).toBe(true)
    expect(isAbsoluteUri('urn:x-copydesk:article:01JZ')).toBe(true)
    expect(isAbsoluteUri('media/photo.jpg')).toBe(false)
    expect(isAbsoluteUri('https://exa mple.org')).toBe(false)
    expect(isAbsoluteUri('javascript:alert(1)')).toBe(false)
  })

  it('joinNames writes bylines', () => {
    expect(joinNames(['A'])).toBe('A')
    expect(joinNames(['A', ' ', 'B'])).toBe('A and B')
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C')
    expect(joinNames(undefined)).toBe('')
  })

  it('resolveEntity follows merges and survives cycles', () => {
    const e = (id: string, mergedInto?: string): Entity => ({ id, type: 'person', name: id.toUpperCase(), aliases: [], ...(mergedInto ? { mergedInto } : {}) })
    const entities = new Map([e('a', 'b'), e('b', 'c'), e('c'), e('x', 'y'), e('y', 'x'), e('d', 'gone')].map((x) => [x.id, x]))
    const ctx = { entities, sources: new Map() }
    expect(resolveEntity('a', ctx)?.id).toBe('c')
    expect(['x', 'y']).toContain(resolveEntity('x', ctx)?.id)
    expect(resolveEntity('d', ctx)?.id).toBe('d')
    expect(resolveEntity('nobody', ctx)).toBeUndefined()
  })

  it('stripNotes removes note marks and merges the text they kept apart', () => {
    const doc = { type: 'doc' as const, content: [p(t('a '), t('b', note('n', 'x')), t(' c'))] }
    expect(stripNotes(doc)).toEqual({ type: 'doc', content: [p(t('a b c'))] })
  })
})
