import { readFileSync } from 'node:fs'
import { importArticle } from '../../src/core/formats/importArticle'
import type { ExportContext } from '../../src/core/formats/export/ExportContext'
import type { Article } from '../../src/core/model/Article'
import type { MarkJSON, NodeJSON } from '../../src/core/model/DocJSON'
import type { Entity } from '../../src/core/model/Entity'
import { completeArticle } from '../../src/core/model/completeArticle'
import { docToLines } from '../../src/core/model/docToLines'
import { normalizeInline } from '../../src/core/model/normalizeInline'
import { slugify } from '../../src/core/model/slugify'
import { buildRegistryIndex } from '../../src/core/suggest/buildRegistryIndex'
import { suggest } from '../../src/core/suggest/suggest'
import { parseSanitizedHtml } from '../../src/main/services/html/parseSanitizedHtml'
import { seedLines } from './seedLines'

interface Range {
  start: number
  end: number
  mark: MarkJSON
}

/** The registry the seed is tagged against: a few of its people and places, some with Wikidata ids. */
const ENTITIES: Entity[] = [
  { id: 'dmitry-peskov', type: 'person', name: 'Dmitry Peskov', aliases: ['Peskov'] },
  { id: 'vladimir-putin', type: 'person', name: 'Vladimir Putin', aliases: ['Putin'], wikidata: 'Q7747' },
  { id: 'iran', type: 'place', name: 'Iran', aliases: ['Islamic Republic'], wikidata: 'Q794' },
  { id: 'russia', type: 'place', name: 'Russia', aliases: [], wikidata: 'Q159' },
  { id: 'united-states', type: 'place', name: 'United States', aliases: ['US'], wikidata: 'Q30' },
  { id: 'kremlin', type: 'organization', name: 'Kremlin', aliases: [] }
]

/** Puts marks on character ranges of the text docToLines gives (one line per paragraph or heading). */
function applyRanges(body: Article['body'], ranges: Range[]): Article['body'] {
  let offset = 0
  const visit = (node: NodeJSON): NodeJSON => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return node.content ? { ...node, content: node.content.map(visit) } : node
    const start = offset
    const pieces: Array<{ char: string; marks: MarkJSON[]; isBreak?: boolean }> = []
    for (const child of node.content ?? []) {
      if (child.type === 'hardBreak') pieces.push({ char: ' ', marks: [], isBreak: true })
      else for (const char of child.text ?? '') pieces.push({ char, marks: [...(child.marks ?? [])] })
    }
    // Offsets are UTF-16 indices; split text per code unit.
    const units: typeof pieces = pieces.flatMap((p) => (p.char.length === 1 ? [p] : [...p.char.split('').map((c, i) => ({ ...p, char: c, marks: i ? p.marks : p.marks }))]))
    for (const r of ranges) {
      for (let i = Math.max(r.start, start); i < Math.min(r.end, start + units.length); i++) units[i - start]!.marks.push(r.mark)
    }
    offset += units.length + 1
    const content: NodeJSON[] = units.map((u) => (u.isBreak ? { type: 'hardBreak' } : { type: 'text', text: u.char, marks: u.marks }))
    return { ...node, content: normalizeInline(content, false) }
  }
  return { ...body, content: body.content.map(visit) }
}

/**
 * The shared seed sample, imported with the real importer and tagged the way the desk would:
 * the suggestion engine's entities and quotes (confidence ≥ 0.5) against a small registry,
 * the "Reuters reports" attribution, and a desk note on "Arakchi" that must never be exported.
 * The seed's text is read from ../shared at run time, never copied into the repository.
 */
export function exportSeedArticle(shared: string): { article: Article; ctx: ExportContext; creditLine: string } {
  const seed = seedLines(shared)
  const parsed = importArticle('seed-article.txt', new Uint8Array(readFileSync(seed.path)), { parseSanitizedHtml })
  const article = completeArticle(parsed, { id: '01JZSEED000000000000000000', slug: 'seed', now: '2026-06-24T09:30:00.000Z' })
  const text = docToLines(article.body)
  const result = suggest(text, buildRegistryIndex(ENTITIES))
  const ranges: Range[] = []
  for (const e of result.entities) {
    if (e.confidence < 0.5) continue
    ranges.push({ start: e.start, end: e.end, mark: { type: 'entity', attrs: { entityId: e.entityId ?? slugify(e.text), type: e.type } } })
  }
  const groups = new Map<number, string>()
  result.quotes.forEach((q, i) => {
    if (q.confidence < 0.5) return
    const own = `01JZSEEDQ${String(i).padStart(4, '0')}`
    const quoteId = q.group === undefined ? own : (groups.get(q.group) ?? (groups.set(q.group, own), own))
    const speakerId = q.speaker ? (q.speaker.entityId ?? slugify(q.speaker.name)) : null
    ranges.push({ start: q.start, end: q.end, mark: { type: 'quote', attrs: { quoteId, speakerId, sourceId: null, kind: q.kind, verified: false } } })
  })
  const attribution = text.indexOf('Reuters reports')
  if (attribution >= 0) ranges.push({ start: attribution, end: attribution + 'Reuters reports'.length, mark: { type: 'attribution', attrs: { sourceId: 'reuters' } } })
  const slip = text.indexOf('Arakchi')
  if (slip >= 0) ranges.push({ start: slip, end: slip + 'Arakchi'.length, mark: { type: 'note', attrs: { noteId: 'n-seed-1', text: 'Araqchi elsewhere: which spelling?', flag: false } } })
  const ctx: ExportContext = {
    entities: new Map(ENTITIES.map((e) => [e.id, e])),
    sources: new Map([['reuters', { id: 'reuters', type: 'wire', name: 'Reuters', url: 'https://www.reuters.com/' }]])
  }
  return { article: { ...article, sources: ['reuters'], body: applyRanges(article.body, ranges) }, ctx, creditLine: seed.photo[0] ?? '' }
}
