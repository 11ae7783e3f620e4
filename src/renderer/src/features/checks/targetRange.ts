import type { Node as PMNode } from '@tiptap/pm/model'

/**
 * Document positions of a finding's body target: offsets into the text of top-level block
 * `blockIndex`, whose text blocks (list items, quoted paragraphs) are joined by one newline and
 * whose hard breaks read as one space — the same text the checks read. Null when the block is
 * not there any more.
 */
export function targetRange(doc: PMNode, blockIndex: number, from: number, to: number): { from: number; to: number } | null {
  if (blockIndex < 0 || blockIndex >= doc.childCount) return null
  let blockPos = 0
  for (let i = 0; i < blockIndex; i++) blockPos += doc.child(i).nodeSize
  const block = doc.child(blockIndex)
  const points: { offset: number; pos: number }[] = []
  let offset = 0
  let first = true
  const visit = (node: PMNode, pos: number): void => {
    if (node.isTextblock) {
      if (!first) offset += 1
      first = false
      node.forEach((child, childOffset) => {
        points.push({ offset, pos: pos + 1 + childOffset })
        offset += child.isText ? child.text!.length : 1
      })
      points.push({ offset, pos: pos + node.nodeSize - 1 })
      return
    }
    node.forEach((child, childOffset) => visit(child, pos + 1 + childOffset))
  }
  visit(block, blockPos)
  const at = (o: number): number => {
    let best = points[0]
    for (const p of points) if (p.offset <= o) best = p
    return best ? best.pos + (o - best.offset) : blockPos + 1
  }
  return { from: at(from), to: at(Math.max(from, to)) }
}
