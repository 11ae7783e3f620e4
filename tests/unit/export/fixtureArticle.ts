import type { ExportContext } from '../../../src/core/formats/export/ExportContext'
import type { Article } from '../../../src/core/model/Article'
import type { MarkJSON, NodeJSON } from '../../../src/core/model/DocJSON'

/**
 * An invented harbour story for the export tests (modelled on the kind of wire copy the desk
 * handles, not on any real text): a person, an organisation with a place inside its name, a
 * place, an event, a direct quote with its speaker running over two paragraphs, a partial and
 * an indirect quote, an attribution to a source, a photo with a three-part credit line and
 * full IPTC fields, a desk note, and formatting that overlaps the tags.
 */

export const CREDIT_LINE = 'Ana Ribeiro / Harbourlight / Pressfoto Wire'
export const QUOTE_DIRECT = '01JZQDIRECT0000000000000001'
export const QUOTE_PARTIAL = '01JZQPARTIAL000000000000002'
export const QUOTE_INDIRECT = '01JZQINDIRECT00000000000003'

export const t = (text: string, ...marks: MarkJSON[]): NodeJSON => (marks.length ? { type: 'text', text, marks } : { type: 'text', text })
export const p = (...content: NodeJSON[]): NodeJSON => ({ type: 'paragraph', content })
export const entity = (entityId: string, type: string): MarkJSON => ({ type: 'entity', attrs: { entityId, type } })
export const quote = (quoteId: string, kind: string, speakerId: string | null, extra: Record<string, unknown> = {}): MarkJSON => ({
  type: 'quote',
  attrs: { quoteId, speakerId, sourceId: null, kind, verified: false, ...extra }
})
export const note = (noteId: string, text: string): MarkJSON => ({ type: 'note', attrs: { noteId, text, flag: false } })

const marta = entity('marta-quintero', 'person')
const board = entity('port-alwen-harbour-board', 'organization')
const alwen = entity('port-alwen', 'place')
const sele = entity('river-sele', 'place')
const regatta = entity('sele-regatta', 'event')
const direct = quote(QUOTE_DIRECT, 'direct', 'marta-quintero', { verified: true })
const partial = quote(QUOTE_PARTIAL, 'partial', 'marta-quintero')
const indirect = quote(QUOTE_INDIRECT, 'indirect', 'marta-quintero', { sourceId: 'coastal-ledger' })
const bold = { type: 'bold' }

export function fixtureArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: '01JZFIXTURE000000000000000',
    slug: 'harbour-board-defends-dredging',
    headline: 'Harbour board defends dredging plan for the Sele',
    status: 'edited',
    createdAt: '2026-03-02T08:15:00.000Z',
    updatedAt: '2026-03-02T10:40:00.000Z',
    standfirst: 'The board says the work will stop during the spawning season.',
    bylines: ['Tomas Varga', 'Lena Okafor'],
    dateline: { place: 'PORT ALWEN', date: '2026-03-02' },
    language: 'en',
    subjects: [{ code: 'medtop:20000420', name: 'port and harbour' }],
    embargo: '2026-03-03T06:00:00+01:00',
    editorNote: 'Second read by the night desk.',
    corrections: [{ date: '2026-03-02', note: 'An earlier version misspelt the river.' }],
    rejected: ['entity:Sele:0'],
    checkOverrides: [{ key: 'quote-verified:x', reason: 'Recorded on tape', at: '2026-03-02T10:00:00.000Z' }],
    photos: [
      {
        file: 'media/dredger.jpg',
        creditLine: CREDIT_LINE,
        photographer: 'Ana Ribeiro',
        agency: 'Harbourlight',
        distributor: 'Pressfoto Wire',
        caption: 'A dredger waits at the mouth of the Sele.',
        altText: 'A red dredger moored beside a stone quay',
        creator: 'Ana Ribeiro',
        creatorJobTitle: 'Staff photographer',
        source: 'Harbourlight',
        copyrightNotice: '© 2026 Harbourlight',
        copyrightOwner: 'Harbourlight Ltd',
        usageTerms: 'Editorial use only',
        webStatement: 'https://harbourlight.example/rights',
        licensor: 'Pressfoto Wire',
        dateCreated: '2026-03-01T16:20:00Z'
      }
    ],
    sources: ['coastal-ledger'],
    custom: {},
    extra: {},
    body: {
      type: 'doc',
      content: [
        p(
          t('The '),
          t('Port ', board),
          t('Alwen', board, alwen),
          t(' Harbour Board', board),
          t(' defended its plan to dredge the '),
          t('River Sele', sele),
          t(' on Monday, '),
          t('the Coastal Ledger reported', { type: 'attribution', attrs: { sourceId: 'coastal-ledger' } }),
          t('.')
        ),
        p(
          t('Harbour master '),
          t('Marta', marta, bold),
          t(' Quintero', marta),
          t(' said: '),
          t('“We will not dredge while the fish spawn. ', direct),
          t('Not one day.', direct, bold)
        ),
        p(t('Everything else can wait for the ', direct), t('Sele Regatta', direct, regatta), t('.”', direct)),
        { type: 'heading', attrs: { level: 2 }, content: [t('A “lifeline” for the docks')] },
        p(
          t('She called the plan '),
          t('“a lifeline for the docks”', partial),
          t(' and added '),
          t('that the work would be finished by March', indirect),
          t(' – a date the '),
          t('Arakchi-style slip', note('n1', 'Desk: check the spelling "Quintero" & <tag>')),
          t(' desk still doubts.'),
          { type: 'hardBreak' },
          t('Fish & chips <stall> stays open.')
        ),
        { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('Depth: 9 m'))] }, { type: 'listItem', content: [p(t('Cost: '), t('see the plan', { type: 'link', attrs: { href: 'https://example.org/plan?a=1&b=2' } }))] }] },
        { type: 'blockquote', content: [p(t('Dredging is a promise kept.'))] }
      ]
    },
    ...overrides
  }
}

export function fixtureContext(): ExportContext {
  return {
    entities: new Map([
      ['marta-quintero', { id: 'marta-quintero', type: 'person', name: 'Marta Quintero', aliases: ['Quintero'] }],
      ['port-alwen-harbour-board', { id: 'port-alwen-harbour-board', type: 'organization', name: 'Port Alwen Harbour Board', aliases: [] }],
      ['port-alwen', { id: 'port-alwen', type: 'place', name: 'Port Alwen', aliases: [], wikidata: 'Q999999901' }],
      ['sele', { id: 'sele', type: 'place', name: 'River Sele', aliases: ['Sele'], wikidata: 'Q999999902' }],
      ['river-sele', { id: 'river-sele', type: 'place', name: 'Sele (old entry)', aliases: [], mergedInto: 'sele' }],
      ['sele-regatta', { id: 'sele-regatta', type: 'event', name: 'Sele Regatta', aliases: [] }]
    ]),
    sources: new Map([['coastal-ledger', { id: 'coastal-ledger', type: 'wire', name: 'The Coastal Ledger', url: 'https://ledger.example/' }]])
  }
}
