import type { DocJSON, NodeJSON } from '../model/DocJSON'
import { markKey } from '../model/markKey'

/** One top-level block of the body that holds text, as the checks read it. */
export interface TextBlock {
  /** Index of the block in `body.content` (what a finding's `blockIndex` means). */
  index: number
  /** Node type of the top-level block: paragraph, heading, bulletList, blockquote… */
  type: string
  /** A heading (subhead): display text, not body copy. */
  heading: boolean
  /**
   * The block's text: its text blocks (one for a paragraph, several for a list) joined by `\n`,
   * a hard break read as one space. Findings' `from`/`to` index this string.
   */
  text: string
  /** Offset of `text` in ArticleText.text. */
  start: number
}

/** A run of text carrying one mark, merged over adjacent text nodes with the same mark. */
export interface MarkSpan {
  type: string
  attrs: Record<string, unknown>
  blockIndex: number
  /** Offsets into the block's text, end exclusive. */
  from: number
  to: number
}

/**
 * The body as the checks read it: one line per text block, the same text the editor gives the
 * suggester (docText) and `docToLines` prints, so suggestion offsets map straight back to blocks.
 */
export interface ArticleText {
  text: string
  blocks: TextBlock[]
  /** Every mark of the body, in document order. */
  marks: MarkSpan[]
  /** The block holding a text offset, and the offset within that block's text. */
  locate(offset: number): { block: TextBlock; offset: number } | undefined
}

const TEXTBLOCKS = new Set(['paragraph', 'heading', 'codeBlock'])

/** Reads the body once into lines, blocks and mark spans (linear in the size of the body). */
export function articleText(body: DocJSON): ArticleText {
  const blocks: TextBlock[] = []
  const marks: MarkSpan[] = []
  const lines: string[] = []
  let offset = 0

  body.content.forEach((node, index) => {
    const parts: string[] = []
    let blockLength = 0
    const addTextblock = (tb: NodeJSON): void => {
      if (parts.length) blockLength += 1 // the '\n' between text blocks of one block
      // Open spans of this text block, by mark identity: adjacent text nodes extend them.
      const open = new Map<string, MarkSpan>()
      let text = ''
      for (const child of tb.content ?? []) {
        const piece = child.type === 'text' ? (child.text ?? '') : ' '
        const from = blockLength + text.length
        for (const mark of child.marks ?? []) {
          const attrs = mark.attrs ?? {}
          const id = markKey(mark)
          const span = open.get(id)
          if (span && span.to === from) span.to = from + piece.length
          else {
            const fresh: MarkSpan = { type: mark.type, attrs, blockIndex: index, from, to: from + piece.length }
            marks.push(fresh)
            open.set(id, fresh)
          }
        }
        text += piece
      }
      parts.push(text)
      blockLength += text.length
    }
    const visit = (n: NodeJSON): void => {
      if (TEXTBLOCKS.has(n.type)) addTextblock(n)
      else for (const c of n.content ?? []) visit(c)
    }
    visit(node)
    if (!parts.length) return
    const text = parts.join('\n')
    if (lines.length) offset += 1
    blocks.push({ index, type: node.type, heading: node.type === 'heading', text, start: offset })
    lines.push(text)
    offset += text.length
  })

  const text = lines.join('\n')
  const locate = (at: number): { block: TextBlock; offset: number } | undefined => {
    let lo = 0
    let hi = blocks.length - 1
    if (hi < 0 || at < 0 || at > text.length) return undefined
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (blocks[mid]!.start <= at) lo = mid
      else hi = mid - 1
    }
    const block = blocks[lo]!
    return { block, offset: at - block.start }
  }
  return { text, blocks, marks, locate }
}
