import fc from 'fast-check'
import type { DocJSON, MarkJSON, NodeJSON } from '../../../../src/core/model/DocJSON'
import { normalizeInline } from '../../../../src/core/model/normalizeInline'

/** Words full of what Markdown, XML and HTML treat specially, and the quotation marks quotes carry. */
const WORDS = [
  'Peskov', 'said:', '“Russia', 'supported', 'Iran.”', 'the', 'Kremlin', 'al-Assad', 'Iran’s', '“We', 'warned', 'them.”', '‘yes’',
  '*', '**', '_x_', '[a]', ']', '[', '#1', '-', '+', '>', '1.', ':', '=', '\\', '`code`', '<b>', '&amp;', '&', '<', '"q"',
  '~~', '{.x}', '{', '}', '!', '(', ')', '|', '…', '—', '10 000', 'https://example.org/a_b*c'
]
const ENTITY_TYPES = ['person', 'organization', 'place', 'event', 'work', 'other'] as const

const bold: MarkJSON = { type: 'bold' }
const italic: MarkJSON = { type: 'italic' }
const underline: MarkJSON = { type: 'underline' }
const strike: MarkJSON = { type: 'strike' }
const link: MarkJSON = { type: 'link', attrs: { href: 'https://example.org/story' } }

const entity = fc
  .record({ id: fc.constantFrom('ines-kovac', 'port-alwen', 'city-council', 'sele_regatta', 'Q42-like'), type: fc.constantFrom(...ENTITY_TYPES) })
  .map(({ id, type }): MarkJSON => ({ type: 'entity', attrs: { entityId: id, type } }))
const quote = fc
  .record({
    quoteId: fc.constantFrom('01JZQ0000000000000000000001', '01JZQ0000000000000000000002', 'q-3'),
    speakerId: fc.constantFrom(null, 'ines-kovac', 'piet-aalders'),
    sourceId: fc.constantFrom(null, 'reuters', 'coastal-ledger'),
    kind: fc.constantFrom('direct', 'partial', 'indirect'),
    verified: fc.boolean()
  })
  .map((attrs): MarkJSON => ({ type: 'quote', attrs }))
const attribution = fc.constantFrom('reuters', 'coastal-ledger').map((sourceId): MarkJSON => ({ type: 'attribution', attrs: { sourceId } }))
const note = fc.record({ noteId: fc.constantFrom('n1', 'n2'), flag: fc.boolean() }).map(({ noteId, flag }): MarkJSON => ({ type: 'note', attrs: { noteId, text: 'Check this', flag } }))

export interface TaggedDocOptions {
  /** Formatting marks (bold, italic, underline, strike, link) as well as tags. */
  formatting?: boolean
  /** Desk notes, which no export carries. */
  notes?: boolean
}

/** The marks of one word: tags and, optionally, formatting and notes, each present or not. */
function wordMarks(options: TaggedDocOptions): fc.Arbitrary<MarkJSON[]> {
  const maybe = (arb: fc.Arbitrary<MarkJSON>, p: number): fc.Arbitrary<MarkJSON | null> =>
    fc.tuple(fc.integer({ min: 0, max: 99 }), arb).map(([n, mark]) => (n < p * 100 ? mark : null))
  const parts = [maybe(entity, 0.3), maybe(quote, 0.3), maybe(attribution, 0.1)]
  if (options.formatting) parts.push(maybe(fc.constant(bold), 0.15), maybe(fc.constant(italic), 0.15), maybe(fc.constant(underline), 0.1), maybe(fc.constant(strike), 0.1), maybe(fc.constant(link), 0.1))
  if (options.notes) parts.push(maybe(note, 0.1))
  return fc.tuple(...parts).map((marks) => marks.filter((m): m is MarkJSON => m !== null))
}

/**
 * Inline content in canonical form: words with their marks; runs of words share marks so tags
 * span several words; between two words a space with the marks both share, sometimes nothing
 * (marks meet head-on) or, with `breaks`, a hard break.
 */
function inline(options: TaggedDocOptions, breaks: boolean): fc.Arbitrary<NodeJSON[]> {
  const item = fc.record({ word: fc.constantFrom(...WORDS), marks: wordMarks(options), same: fc.boolean(), gap: fc.constantFrom('space', 'space', 'space', 'none', 'break') })
  return fc.array(item, { minLength: 1, maxLength: 10 }).map((items) => {
    const nodes: NodeJSON[] = []
    let previous: MarkJSON[] = []
    items.forEach((it, i) => {
      const marks = i > 0 && it.same ? previous : it.marks
      if (i > 0) {
        if (it.gap === 'break' && breaks) nodes.push({ type: 'hardBreak' })
        else if (it.gap !== 'none') {
          const shared = marks.filter((m) => previous.some((p) => JSON.stringify(p) === JSON.stringify(m)))
          nodes.push({ type: 'text', text: ' ', marks: shared })
        }
      }
      nodes.push({ type: 'text', text: it.word, marks })
      previous = marks
    })
    return normalizeInline(nodes, false)
  })
}

/** A random article body with entity, quote and attribution tags in the canonical form readers return. */
export function taggedDoc(options: TaggedDocOptions = {}): fc.Arbitrary<DocJSON> {
  const paragraph = inline(options, true).map((content): NodeJSON => ({ type: 'paragraph', content }))
  const heading = fc.record({ level: fc.integer({ min: 2, max: 6 }), content: inline(options, false) }).map(({ level, content }): NodeJSON => ({ type: 'heading', attrs: { level }, content }))
  const item = fc.array(paragraph, { minLength: 1, maxLength: 2 }).map((content): NodeJSON => ({ type: 'listItem', content }))
  const list = fc
    .record({ ordered: fc.boolean(), items: fc.array(item, { minLength: 1, maxLength: 3 }) })
    .map(({ ordered, items }): NodeJSON => (ordered ? { type: 'orderedList', attrs: { start: 1 }, content: items } : { type: 'bulletList', content: items }))
  const blockquote = fc.array(paragraph, { minLength: 1, maxLength: 2 }).map((content): NodeJSON => ({ type: 'blockquote', content }))
  const block = fc.oneof(
    { arbitrary: paragraph, weight: 6 },
    { arbitrary: heading, weight: 1 },
    { arbitrary: list, weight: 1 },
    { arbitrary: blockquote, weight: 1 }
  )
  return fc.array(block, { minLength: 1, maxLength: 6 }).map((content): DocJSON => ({ type: 'doc', content }))
}
