import type { DocJSON, MarkJSON, NodeJSON } from '../../../../src/core/model/DocJSON'
import { normalizeInline } from '../../../../src/core/model/normalizeInline'

/** Deterministic PRNG (mulberry32) so a failing seed can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Words chosen to hit every character the Markdown writer must escape, at line start and inside. */
const WORDS = [
  'Peskov', 'said:', '“Russia', 'supported', 'Iran.”', 'the', 'Kremlin', 'al-Assad', '12-day', 'Iran’s',
  '*', '**', '_x_', 'snake_case', '[a]', ']', '[', '#1', '#', '-', '+', '>', '1.', '2)', 'a)', '(i)', ':', '=',
  '\\', '\\n', '`code`', '<b>', '</p>', '<https://x.org>', '&amp;', '&#42;', '~~', '~', '^2^', '@name', 'e@mail.org',
  '{.x}', '{', '}', '!', '![', '(', ')', '---', '***', '|', '$5', '…', '—', '10 000', 'https://example.org/a_b*c'
]
const HREFS = ['https://example.org/', 'https://example.org/a_(b)', 'mailto:desk@example.org', 'https://example.org/x y'.replace(' ', '%20')]

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!
}

function randomMarks(rand: () => number): MarkJSON[] {
  const marks: MarkJSON[] = []
  if (rand() < 0.2) marks.push({ type: 'bold' })
  if (rand() < 0.2) marks.push({ type: 'italic' })
  if (rand() < 0.1) marks.push({ type: 'strike' })
  if (rand() < 0.1) marks.push({ type: 'underline' })
  if (rand() < 0.1) marks.push({ type: 'link', attrs: { href: pick(rand, HREFS) } })
  return marks
}

/**
 * Inline content: words with random marks. Between two words goes a space carrying the marks
 * both words share (what the writer would produce anyway), or sometimes nothing, so marks
 * also meet head-on (`**a***b*`). With `breaks`, some gaps are hard breaks.
 */
function randomInline(rand: () => number, breaks: boolean): NodeJSON[] {
  const nodes: NodeJSON[] = []
  const count = 1 + Math.floor(rand() * 12)
  let previous: MarkJSON[] = []
  for (let i = 0; i < count; i++) {
    // A run of words shares marks, so marks span several words.
    const marks = i > 0 && rand() < 0.5 ? previous : randomMarks(rand)
    if (i > 0) {
      const gap = rand()
      if (breaks && gap < 0.1) nodes.push({ type: 'hardBreak' })
      else if (gap < 0.85) {
        const shared = marks.filter((m) => previous.some((p) => JSON.stringify(p) === JSON.stringify(m)))
        nodes.push({ type: 'text', text: ' ', marks: shared })
      }
    }
    nodes.push({ type: 'text', text: pick(rand, WORDS), marks })
    previous = marks
  }
  return normalizeInline(nodes, false)
}

function paragraph(rand: () => number): NodeJSON {
  return { type: 'paragraph', content: randomInline(rand, true) }
}

function randomList(rand: () => number, depth: number): NodeJSON {
  const items: NodeJSON[] = []
  const n = 1 + Math.floor(rand() * 3)
  for (let i = 0; i < n; i++) {
    const content = [paragraph(rand)]
    if (depth < 2 && rand() < 0.25) content.push(randomList(rand, depth + 1))
    if (rand() < 0.15) content.push(paragraph(rand))
    items.push({ type: 'listItem', content })
  }
  return rand() < 0.5
    ? { type: 'bulletList', content: items }
    : { type: 'orderedList', attrs: { start: pick(rand, [1, 1, 3, 10]) }, content: items }
}

function randomBlock(rand: () => number, depth: number): NodeJSON {
  const r = rand()
  if (r < 0.45) return paragraph(rand)
  if (r < 0.6) return { type: 'heading', attrs: { level: 1 + Math.floor(rand() * 6) }, content: randomInline(rand, false) }
  if (r < 0.75) return randomList(rand, 0)
  if (r < 0.85 && depth < 2) {
    return { type: 'blockquote', content: Array.from({ length: 1 + Math.floor(rand() * 2) }, () => randomBlock(rand, depth + 1)) }
  }
  if (r < 0.9) return { type: 'horizontalRule' }
  return paragraph(rand)
}

/** A random body in the canonical form readers return, for round-trip tests. */
export function randomDoc(seed: number): DocJSON {
  const rand = prng(seed)
  const content: NodeJSON[] = []
  const n = 1 + Math.floor(rand() * 8)
  for (let i = 0; i < n; i++) content.push(randomBlock(rand, 0))
  return { type: 'doc', content }
}
