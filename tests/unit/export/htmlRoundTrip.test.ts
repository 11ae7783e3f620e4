import { describe, expect, it } from 'vitest'
import { exportArticle } from '../../../src/core/formats/export/exportArticle'
import { importArticle } from '../../../src/core/formats/importArticle'
import { readHtml } from '../../../src/core/formats/html/readHtml'
import type { DocJSON } from '../../../src/core/model/DocJSON'
import { docToPlainText } from '../../../src/core/model/docToPlainText'
import { parseSanitizedHtml } from '../../../src/main/services/html/parseSanitizedHtml'
import { joinedMarks } from '../readers/helpers/docText'
import { fixtureArticle, fixtureContext, QUOTE_DIRECT, QUOTE_INDIRECT, QUOTE_PARTIAL } from './fixtureArticle'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const deps = { parseSanitizedHtml }
const readBody = (html: string): DocJSON => readHtml(parseSanitizedHtml(html)).body
const tags = (doc: DocJSON): Record<string, unknown> => ({
  entity: joinedMarks(doc, 'entity'),
  quote: joinedMarks(doc, 'quote'),
  attribution: joinedMarks(doc, 'attribution')
})

describe('HTML export → import', () => {
  it('brings back every entity, quote and attribution tag of the body, with no doubled quotation marks', () => {
    const ctx = fixtureContext()
    const article = fixtureArticle()
    const back = importArticle('harbour.html', utf8(exportArticle(article, 'html', ctx).text), deps)
    const got = tags(back.body)
    // The merged place is exported as the entity that survived; notes never leave the desk.
    const expected = tags(JSON.parse(JSON.stringify(article.body).replaceAll('"river-sele"', '"sele"')) as DocJSON)
    expect(got).toEqual(expected)
    expect(joinedMarks(back.body, 'quote').map((q) => [q.text, q.attrs])).toEqual([
      ['“We will not dredge while the fish spawn. Not one day.Everything else can wait for the Sele Regatta.”', { quoteId: QUOTE_DIRECT, speakerId: 'marta-quintero', sourceId: null, kind: 'direct', verified: true }],
      ['“a lifeline for the docks”', { quoteId: QUOTE_PARTIAL, speakerId: 'marta-quintero', sourceId: null, kind: 'partial', verified: false }],
      ['that the work would be finished by March', { quoteId: QUOTE_INDIRECT, speakerId: 'marta-quintero', sourceId: 'coastal-ledger', kind: 'indirect', verified: false }]
    ])
    const json = JSON.stringify(back.body)
    expect(json).not.toMatch(/““|””/)
    expect(json).not.toContain('"note"')
    expect(json).toContain('{"type":"bold"}')
  })

  it('adds quotation marks to a plain <q> only when its text has none', () => {
    expect(JSON.stringify(readBody('<p>She said <q>yes</q>.</p>'))).toContain('She said “yes”.')
    expect(JSON.stringify(readBody('<p>She said <q>“yes”</q>.</p>'))).toContain('She said “yes”.')
    expect(JSON.stringify(readBody('<p>She said <q>"yes"</q>.</p>'))).toContain('She said \\"yes\\".')
  })

  it('keeps a tagged quote’s text exactly, even an indirect one without quotation marks', () => {
    const body = readBody('<p>He said <q class="quote" data-quote="Q1" data-speaker="ann" data-kind="indirect" data-verified="true">it was over</q>.</p>')
    expect(joinedMarks(body, 'quote')).toEqual([{ text: 'it was over', attrs: { quoteId: 'Q1', speakerId: 'ann', sourceId: null, kind: 'indirect', verified: true } }])
  })

  it('keeps only Copydesk’s tag attributes, and only with valid ids and types', () => {
    const body = readBody(
      [
        '<p><span data-entity="ann" data-entity-type="person" data-foo="x">Ann</span>',
        ' <span data-entity="bad id" data-entity-type="person">Bob</span>',
        ' <span data-entity="cal" data-entity-type="wizard">Cal</span>',
        ' <q data-quote="Q&quot;onload" data-speaker="ann">“Hi”</q>',
        ' <span data-attribution data-source="wire">the wire said</span>',
        ' <span data-attribution data-source="javascript:x()">nope</span></p>'
      ].join('')
    )
    expect(joinedMarks(body, 'entity')).toEqual([{ text: 'Ann', attrs: { entityId: 'ann', type: 'person' } }])
    expect(joinedMarks(body, 'quote')).toEqual([])
    expect(joinedMarks(body, 'attribution')).toEqual([{ text: 'the wire said', attrs: { sourceId: 'wire' } }])
    expect(docToPlainText(body)).toBe('Ann Bob Cal “Hi” the wire said nope')
  })

  it('the sanitiser drops unknown data-* attributes and tag attributes with bad values', () => {
    const root = parseSanitizedHtml('<p><span data-entity="ann" data-entity-type="person" data-foo="x" data-entity-extra="y">A</span><q data-quote="bad id" data-kind="shouting">B</q></p>') as unknown as {
      querySelector(s: string): { outerHTML: string }
    }
    expect(root.querySelector('span').outerHTML).toBe('<span data-entity="ann" data-entity-type="person">A</span>')
    expect(root.querySelector('q').outerHTML).toBe('<q>B</q>')
  })
})
