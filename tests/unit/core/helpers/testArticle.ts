import type { Article } from '../../../../src/core/model/Article'
import type { DocJSON } from '../../../../src/core/model/DocJSON'

/** An article with fixed identity and dates around a body, for writer tests. */
export function testArticle(body: DocJSON, overrides: Partial<Article> = {}): Article {
  return {
    id: '01JZ0000000000000000000000',
    slug: 'test',
    headline: 'Test headline',
    status: 'draft',
    createdAt: '2025-01-02T03:04:05.000Z',
    updatedAt: '2025-01-02T03:04:05.000Z',
    photos: [],
    sources: [],
    custom: {},
    extra: {},
    body,
    ...overrides
  }
}
