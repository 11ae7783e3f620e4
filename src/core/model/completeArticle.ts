import type { Article, ParsedArticle } from './Article'
import { articleMeta } from './articleMeta'

/**
 * Gives a parsed article the identity a stored one needs. Fields the file already had (an id,
 * dates and status from workspace front matter) win over the fill-ins, so re-reading an
 * article never renames or re-dates it. Callers supply the id and clock: core has no
 * randomness or time source of its own, which keeps it deterministic under test.
 */
export function completeArticle(parsed: ParsedArticle, fill: { id: string; slug: string; now: string }): Article {
  return {
    id: parsed.id ?? fill.id,
    slug: parsed.slug ?? fill.slug,
    headline: parsed.headline,
    status: parsed.status ?? 'draft',
    createdAt: parsed.createdAt ?? fill.now,
    updatedAt: parsed.updatedAt ?? parsed.createdAt ?? fill.now,
    ...articleMeta(parsed),
    body: parsed.body
  }
}
