import type { MarkJSON, NodeJSON } from './DocJSON'
import { compareMarks } from './compareMarks'
import { markKey } from './markKey'

/** Runs of white space other than the no-break spaces, which writers put in on purpose (`10 000`). */
const WHITESPACE_RUN = /[ \t\n\r\f\v\u1680\u2000-\u200a\u2028\u2029\u205f\u3000]+/g
/** Control characters and stray BOMs/zero-width no-break spaces carry no text and break diffs. */
const INVISIBLE = /(?![\t\n\r])[\p{Cc}\ufeff]/gu

function sameMarks(a: MarkJSON[] | undefined, b: MarkJSON[] | undefined): boolean {
  const x = a ?? []
  const y = b ?? []
  return x.length === y.length && x.every((m, i) => markKey(m) === markKey(y[i]!))
}

function textNode(text: string, marks: MarkJSON[] | undefined): NodeJSON {
  return marks && marks.length ? { type: 'text', text, marks } : { type: 'text', text }
}

/**
 * Brings the inline content of one text block into the canonical shape every reader returns:
 * marks sorted (compareMarks), adjacent text with the same marks merged, no empty text nodes,
 * no white space at the start or end of the block or around a hard break, no hard break at
 * either end. `collapse` also folds white-space runs into one space (plain text and HTML,
 * where runs carry no meaning; Markdown keeps what the author typed).
 */
export function normalizeInline(nodes: NodeJSON[], collapse: boolean): NodeJSON[] {
  const out: NodeJSON[] = []
  for (const node of nodes) {
    if (node.type === 'text') {
      let text = (node.text ?? '').replace(INVISIBLE, '')
      if (collapse) text = text.replace(WHITESPACE_RUN, ' ')
      if (!text) continue
      const marks = node.marks?.length ? [...node.marks].sort(compareMarks) : undefined
      const prev = out[out.length - 1]
      if (prev && prev.type === 'text' && sameMarks(prev.marks, marks)) {
        out[out.length - 1] = textNode(prev.text + text, marks)
      } else {
        out.push(textNode(text, marks))
      }
    } else {
      out.push(node)
    }
  }
  // Trim at the block edges and around hard breaks, then drop what became empty.
  const trimmed: NodeJSON[] = []
  for (let i = 0; i < out.length; i++) {
    const node = out[i]!
    if (node.type !== 'text') {
      trimmed.push(node)
      continue
    }
    let text = node.text ?? ''
    const prev = out[i - 1]
    const next = out[i + 1]
    if (!prev || prev.type === 'hardBreak') text = text.replace(/^[ \t\n\r]+/, '')
    if (!next || next.type === 'hardBreak') text = text.replace(/[ \t\n\r]+$/, '')
    if (text) trimmed.push(textNode(text, node.marks))
  }
  while (trimmed[0]?.type === 'hardBreak') trimmed.shift()
  while (trimmed[trimmed.length - 1]?.type === 'hardBreak') trimmed.pop()
  // Trimming can leave two text nodes with equal marks side by side (a dropped empty node between).
  const merged: NodeJSON[] = []
  for (const node of trimmed) {
    const prev = merged[merged.length - 1]
    if (node.type === 'text' && prev?.type === 'text' && sameMarks(prev.marks, node.marks)) {
      merged[merged.length - 1] = textNode(prev.text! + node.text!, node.marks)
    } else merged.push(node)
  }
  // A block that was only white space and breaks is empty.
  return merged.every((n) => n.type === 'hardBreak') ? [] : merged
}
