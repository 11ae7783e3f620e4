import type { Node as PMNode } from '@tiptap/pm/model'

export interface DocText {
  /** The document's text, one line per textblock (as wire copy has one paragraph per line). */
  text: string
  /** Document position of a text offset (offsets inside a block map exactly). */
  toPos(offset: number): number
}

/** The plain text the suggester reads, with a map back to document positions. */
export function docText(doc: PMNode): DocText {
  let text = ''
  const segments: { offset: number; pos: number }[] = []
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    if (text) text += '\n'
    node.forEach((child, childOffset) => {
      const start = pos + 1 + childOffset
      if (child.isText) {
        segments.push({ offset: text.length, pos: start })
        text += child.text
      } else {
        segments.push({ offset: text.length, pos: start })
        text += ' '
      }
    })
    return false
  })
  const toPos = (offset: number): number => {
    let lo = 0
    let hi = segments.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (segments[mid]!.offset <= offset) lo = mid
      else hi = mid - 1
    }
    const seg = segments[lo]
    return seg ? seg.pos + (offset - seg.offset) : 0
  }
  return { text, toPos }
}
