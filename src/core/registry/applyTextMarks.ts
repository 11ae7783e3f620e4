import type { DocJSON, MarkJSON, NodeJSON } from '../model/DocJSON'

/** A mark to add over text offsets that index docToLines(doc) (one line per paragraph or heading). */
export interface TextMark {
  start: number
  end: number
  mark: MarkJSON
}

const sameMark = (a: MarkJSON, b: MarkJSON): boolean => a.type === b.type && JSON.stringify(a.attrs ?? {}) === JSON.stringify(b.attrs ?? {})

/**
 * Adds marks to a document by text offset (as the suggester reports them), splitting text
 * nodes where a mark starts or ends inside one. A mark never crosses a line (paragraph); one
 * that would is cut at the line's end. A mark of a type the span already carries (an entity
 * over an entity) is skipped, never stacked. Returns a new document; the input is untouched.
 */
export function applyTextMarks(doc: DocJSON, marks: TextMark[]): DocJSON {
  if (marks.length === 0) return doc
  const sorted = [...marks].sort((a, b) => a.start - b.start)
  let lineStart = 0
  let first = true
  const visitBlock = (node: NodeJSON): NodeJSON => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      if (!first) lineStart += 1 // the newline between lines
      first = false
      const out = markLine(node, lineStart, sorted)
      lineStart += lineLength(node)
      return out
    }
    return node.content ? { ...node, content: node.content.map(visitBlock) } : node
  }
  return { ...doc, content: doc.content.map(visitBlock) }
}

function inlineLength(node: NodeJSON): number {
  if (node.type === 'text') return node.text?.length ?? 0
  if (node.type === 'hardBreak') return 1
  return (node.content ?? []).reduce((n, c) => n + inlineLength(c), 0)
}

function lineLength(block: NodeJSON): number {
  return (block.content ?? []).reduce((n, c) => n + inlineLength(c), 0)
}

function markLine(block: NodeJSON, lineStart: number, marks: TextMark[]): NodeJSON {
  const lineEnd = lineStart + lineLength(block)
  const here = marks.filter((m) => m.start < lineEnd && m.end > lineStart && m.end > m.start)
  if (here.length === 0 || !block.content) return block
  const content: NodeJSON[] = []
  let offset = lineStart
  for (const child of block.content) {
    const length = inlineLength(child)
    if (child.type !== 'text' || !child.text) {
      content.push(child)
      offset += length
      continue
    }
    // Cut the text node at every mark boundary inside it.
    const cuts = new Set<number>([0, length])
    for (const m of here) {
      for (const at of [m.start - offset, m.end - offset]) if (at > 0 && at < length) cuts.add(at)
    }
    const points = [...cuts].sort((a, b) => a - b)
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i]!
      const to = points[i + 1]!
      const piece: NodeJSON = { ...child, text: child.text.slice(from, to) }
      const pieceMarks = [...(child.marks ?? [])]
      for (const m of here) {
        if (m.start <= offset + from && m.end >= offset + to) {
          if (pieceMarks.some((pm) => pm.type === m.mark.type && !sameMark(pm, m.mark))) continue
          if (!pieceMarks.some((pm) => sameMark(pm, m.mark))) pieceMarks.push(m.mark)
        }
      }
      if (pieceMarks.length) piece.marks = pieceMarks
      else delete piece.marks
      content.push(piece)
    }
    offset += length
  }
  return { ...block, content }
}
