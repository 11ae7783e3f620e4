import type { Node as PMNode } from '@tiptap/pm/model'

export interface TextRange {
  from: number
  to: number
}

function toPos(starts: { offset: number; pos: number }[], index: number): number {
  let seg = starts[0]!
  for (const s of starts) {
    if (s.offset <= index) seg = s
    else break
  }
  return seg.pos + (index - seg.offset)
}

/**
 * Runs `find` over every run of adjacent text nodes (inside one textblock; a hard break or other
 * leaf ends a run) and maps the offsets it returns to document positions. Matches may cross
 * mark boundaries: a word half bold is still one run of text.
 */
export function rangesInTextRuns(doc: PMNode, find: (text: string) => Iterable<TextRange>): TextRange[] {
  const ranges: TextRange[] = []
  doc.descendants((block, blockPos) => {
    if (!block.isTextblock) return true
    let text = ''
    let starts: { offset: number; pos: number }[] = []
    const flush = (): void => {
      if (text) for (const r of find(text)) ranges.push({ from: toPos(starts, r.from), to: toPos(starts, r.to) })
      text = ''
      starts = []
    }
    block.forEach((child, offset) => {
      if (child.isText) {
        starts.push({ offset: text.length, pos: blockPos + 1 + offset })
        text += child.text ?? ''
      } else flush()
    })
    flush()
    return false
  })
  return ranges
}
