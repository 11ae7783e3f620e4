import type { Article, Photo } from '../../../../src/core/model/Article'
import type { DocJSON, MarkJSON, NodeJSON } from '../../../../src/core/model/DocJSON'

/** A run of text, with marks when given as [text, ...marks]. */
export type Part = string | [string, ...MarkJSON[]]

const textNode = (part: Part): NodeJSON =>
  typeof part === 'string' ? { type: 'text', text: part } : { type: 'text', text: part[0], marks: part.slice(1) as MarkJSON[] }

export const p = (...parts: Part[]): NodeJSON => ({ type: 'paragraph', content: parts.filter((x) => x !== '').map(textNode) })
export const h2 = (...parts: Part[]): NodeJSON => ({ type: 'heading', attrs: { level: 2 }, content: parts.map(textNode) })
export const doc = (...content: NodeJSON[]): DocJSON => ({ type: 'doc', content })

export const entity = (entityId: string, type = 'person'): MarkJSON => ({ type: 'entity', attrs: { entityId, type } })
export const quote = (quoteId: string, attrs: { speakerId?: string | null; kind?: string; verified?: boolean; sourceId?: string | null } = {}): MarkJSON => ({
  type: 'quote',
  attrs: { quoteId, speakerId: attrs.speakerId ?? null, sourceId: attrs.sourceId ?? null, kind: attrs.kind ?? 'direct', verified: attrs.verified ?? false }
})
export const note = (noteId: string, text: string, flag: boolean, extra: Record<string, unknown> = {}): MarkJSON => ({ type: 'note', attrs: { noteId, text, flag, ...extra } })
export const attribution = (sourceId: string): MarkJSON => ({ type: 'attribution', attrs: { sourceId } })

/** A photo with every field the checks look at filled in. */
export const goodPhoto = (overrides: Partial<Photo> = {}): Photo => ({
  file: 'media/harbour.jpg',
  creditLine: 'Jane Doe / Harbour Times',
  altText: 'A ferry moored at an empty quay at dusk',
  usageTerms: 'Editorial use only',
  ...overrides
})

/** An article that passes every metadata check: headline, byline, dateline; body as given. */
export function article(body: DocJSON, overrides: Partial<Article> = {}): Article {
  return {
    id: '01JZ0000000000000000000001',
    slug: 'ferry-strike',
    headline: 'Ferry crews walk out',
    status: 'draft',
    createdAt: '2025-03-04T05:06:07.000Z',
    updatedAt: '2025-03-04T05:06:07.000Z',
    photos: [],
    sources: [],
    bylines: ['Mara Lind'],
    dateline: { place: 'BERGEN', date: '2025-03-04' },
    custom: {},
    extra: {},
    body,
    ...overrides
  }
}
