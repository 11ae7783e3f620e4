import type { Node as PMNode } from '@tiptap/pm/model'

export interface TextRange {
  from: number
  to: number
}

/**
 * Every occurrence of `query` in the document's text, as document positions. Matches stay
 * inside one textblock and may cross mark boundaries (a word half bold still matches).
 */
export function findMatches(doc: PMNode, query: string, caseSensitive = false): TextRange[] {
  if (!query) return []
  const needle = caseSensitive ? query : query.toLocaleLowerCase()
  const ranges: TextRange[] = []
  doc.descendants((block, blockPos) => {
    if (!block.isTextblock) return true
    // Runs of adjacent text nodes; a leaf such as a hard break ends a run.
    let text = ''
    let starts: { offset: number; pos: number }[] = []
    const flush = (): void => {
      const hay = caseSensitive ? text : text.toLocaleLowerCase()
      for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) {
        ranges.push({ from: toPos(starts, i), to: toPos(starts, i + needle.length) })
      }
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

function toPos(starts: { offset: number; pos: number }[], index: number): number {
  let seg = starts[0]!
  for (const s of starts) {
    if (s.offset <= index) seg = s
    else break
  }
  return seg.pos + (index - seg.offset)
}
