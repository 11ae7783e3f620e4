/**
 * A newsroom library for the benchmarks: articles with realistic headers (status, dates, a photo
 * credit, a source, custom wire fields) and bodies of a few hundred words, as the app stores
 * them (ArticleRow + articleDocs) and as the workspace holds them (Article → writeArticleMarkdown).
 * Pure: the bench page builds the same rows in Chromium.
 */
import type { Article, ArticleStatus } from '../../src/core/model/Article'
import { countWords } from '../../src/core/model/countWords'
import { parseCreditLine } from '../../src/core/model/parseCreditLine'
import { slugify } from '../../src/core/model/slugify'
import { createRng, seededHex, seededUlid, type Rng } from './prng'
import { generateWireArticle, wireArticleDoc, type WireArticle } from './wireText'

/** "Now" for the generated library: everything was written before it, so lists sort the same every run. */
export const LIBRARY_NOW_MS = Date.parse('2025-06-30T12:00:00.000Z')
const STATUSES: readonly ArticleStatus[] = ['draft', 'draft', 'edited', 'ready', 'published', 'published', 'published']
const SOURCES = ['northwire', 'baltic-wire', 'harbour-radio', 'valley-post'] as const

/** Body length of a library article: most are short news, a few are long reads (120–1,000 words, mean ≈ 410). */
function libraryWords(rng: Rng): number {
  return 120 + Math.floor(rng.next() ** 2 * 880)
}

/** Turns generated wire copy into the article the app would hold after importing and editing it. */
export function articleFromWire(rng: Rng, wire: WireArticle, slug: string, createdMs: number): Article {
  const updatedMs = createdMs + rng.int(60_000, 3 * 3_600_000)
  return {
    id: seededUlid(rng, createdMs),
    slug,
    headline: wire.headline,
    status: rng.pick(STATUSES),
    createdAt: new Date(createdMs).toISOString(),
    updatedAt: new Date(updatedMs).toISOString(),
    photos: [parseCreditLine(wire.credit)],
    sources: [rng.pick(SOURCES)],
    custom: { Byline: wire.byline, Desk: wire.desk },
    extra: {},
    body: wireArticleDoc(wire)
  }
}

/**
 * The library: `count` articles with unique slugs, newest first by index, all older than
 * LIBRARY_NOW_MS less `reserveMs` (room for articles a bench wants at the top of the list);
 * `words` draws each body's length (by default 120–1,000 words, mean ≈ 410).
 */
export function generateLibrary(seed: number, count: number, reserveMs = 3_600_000, words: (rng: Rng) => number = libraryWords): Article[] {
  const rng = createRng(seed)
  const slugs = new Set<string>()
  const out: Article[] = []
  let t = LIBRARY_NOW_MS - reserveMs
  for (let i = 0; i < count; i++) {
    t -= rng.int(5 * 60_000, 3 * 3_600_000)
    const wire = generateWireArticle(rng, words(rng), `LIB-${i + 1}`)
    const base = slugify(wire.headline)
    let slug = base
    for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`
    slugs.add(slug)
    out.push(articleFromWire(rng, wire, slug, t))
  }
  return out
}

/**
 * The renderer's ArticleRow (src/renderer/src/db/ArticleRow.ts), restated: tsconfig.node.json
 * cannot include renderer files. bench/page assigns it to ArticleRow, so a drift fails typecheck.
 */
export interface LibraryRow extends Omit<Article, 'body'> {
  file: string
  fileHash: string | null
  wordCount: number
  trashed: 0 | 1
}

/** The library row of an article, as createArticle and reconcileWithWorkspace store it. */
export function articleRow(article: Article, fileHash: string): LibraryRow {
  const { body, ...meta } = article
  return { ...meta, file: `articles/${article.slug}.md`, fileHash, wordCount: countWords(body), trashed: 0 }
}

/** Stand-in file hashes for rows that never touch a disk (the IndexedDB bench). */
export function fakeHashes(seed: number, count: number): string[] {
  const rng = createRng(seed)
  return Array.from({ length: count }, () => seededHex(rng, 64))
}
