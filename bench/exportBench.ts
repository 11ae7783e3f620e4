/**
 * Figure 8: export of 1,000 tagged articles to each format (issue 5), articles per second,
 * with the core writers as the app and CLI run them. Each article (generated wire copy, ≈ 410
 * words) carries entity tags on its capitalised names, quote tags on its quotations and a photo
 * credit. Baseline: JSON.stringify of the same articles (the least any writer must do: walk the
 * document once and produce text), measured interleaved in the same run.
 */
import { performance } from 'node:perf_hooks'
import { EXPORT_FORMATS } from '../src/core/formats/export/ExportFormat'
import { exportArticle } from '../src/core/formats/export/exportArticle'
import type { Article } from '../src/core/model/Article'
import type { Entity } from '../src/core/model/Entity'
import { ENTITY_TYPES } from '../src/core/model/EntityType'
import { docToLines } from '../src/core/model/docToLines'
import { slugify } from '../src/core/model/slugify'
import { applyTextMarks, type TextMark } from '../src/core/registry/applyTextMarks'
import type { Figure } from './lib/Figure'
import { generateLibrary } from './lib/libraryArticles'
import { median } from './lib/stats'

const ARTICLES = 1_000
const RUNS = 5

function tagged(): { articles: Article[]; entities: Map<string, Entity> } {
  const entities = new Map<string, Entity>()
  let quotes = 0
  const articles = generateLibrary(81, ARTICLES).map((article) => {
    const text = docToLines(article.body)
    const marks: TextMark[] = []
    for (const m of text.matchAll(/\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+/gu)) {
      const id = slugify(m[0])
      if (!entities.has(id)) entities.set(id, { id, name: m[0], type: ENTITY_TYPES[entities.size % 3]!, aliases: [] })
      marks.push({ start: m.index, end: m.index + m[0].length, mark: { type: 'entity', attrs: { entityId: id, type: entities.get(id)!.type } } })
    }
    for (const m of text.matchAll(/“[^”\n]+”/g)) {
      const speaker = [...entities.keys()][quotes % entities.size] ?? null
      marks.push({
        start: m.index,
        end: m.index + m[0].length,
        mark: { type: 'quote', attrs: { quoteId: `01JZQ${String(++quotes).padStart(21, '0')}`, speakerId: speaker, sourceId: null, kind: 'direct', verified: quotes % 2 === 0 } }
      })
    }
    return { ...article, body: applyTextMarks(article.body, marks) }
  })
  return { articles, entities }
}

export function benchExport(): Figure[] {
  const { articles, entities } = tagged()
  const ctx = { entities, sources: new Map() }
  const tags = articles.reduce((n, a) => n + (JSON.stringify(a.body).match(/"type":"(entity|quote)"/g)?.length ?? 0), 0)
  const time = (fn: (a: Article) => unknown): number => {
    const t = performance.now()
    for (const a of articles) fn(a)
    return performance.now() - t
  }
  const runs: Record<string, number[]> = { baseline: [] }
  for (const f of EXPORT_FORMATS) runs[f] = []
  for (let r = 0; r < RUNS + 1; r++) {
    const base = time((a) => JSON.stringify(a))
    if (r > 0) runs.baseline!.push(base)
    for (const f of EXPORT_FORMATS) {
      const ms = time((a) => exportArticle(a, f, ctx))
      if (r > 0) runs[f]!.push(ms)
    }
  }
  const perSecond = (ms: number): number => (ARTICLES / ms) * 1000
  const baseline = perSecond(median(runs.baseline!))
  return EXPORT_FORMATS.map((f) => ({
    name: `export-${f}`,
    title: `Export 1,000 tagged articles to ${f} (articles/s)`,
    value: perSecond(median(runs[f]!)),
    unit: 'articles/s',
    baseline,
    measured:
      `median of ${RUNS} passes over ${ARTICLES.toLocaleString()} generated articles (${tags.toLocaleString()} entity and quote tags in all, ` +
      `${entities.size.toLocaleString()} registry entities), core exportArticle under tsx. Baseline: JSON.stringify of the same articles (articles/s).`
  }))
}
