import type { MarkJSON, NodeJSON } from '../../model/DocJSON'
import { compareMarks } from '../../model/compareMarks'
import { markKey } from '../../model/markKey'

/** Inline content as nested elements: what the XML and HTML writers serialise. */
export type InlineTreeNode =
  | { kind: 'text'; text: string }
  | { kind: 'break' }
  | { kind: 'mark'; mark: MarkJSON; children: InlineTreeNode[] }

export interface InlineTreeOptions {
  /** Marks that become elements; the others are dropped and their text kept. */
  keep(mark: MarkJSON): boolean
  /**
   * Marks whose element may hold only text (NITF `person`, `org`, `classifier`…): they nest
   * innermost, never inside one another (where two overlap, the one running longer wins) and
   * never around a line break.
   */
  leaf?(mark: MarkJSON): boolean
  /**
   * Marks that give way to a leaf: dropped where they cover only part of a leaf's run, so the
   * leaf stays one element (bold on the first name of a tagged person). Other marks that
   * start or end inside a leaf split it instead.
   */
  yields?(mark: MarkJSON): boolean
}

interface Item {
  /** null for a hard break. */
  text: string | null
  marks: MarkJSON[]
}

/** markKey is a JSON serialisation; the tree asks for it often, so it is worked out once per mark object. */
const keys = new WeakMap<MarkJSON, string>()
const keyOf = (mark: MarkJSON): string => {
  let key = keys.get(mark)
  if (key === undefined) keys.set(mark, (key = markKey(mark)))
  return key
}

const has = (marks: MarkJSON[], mark: MarkJSON): boolean => {
  const key = keyOf(mark)
  return marks.some((m) => keyOf(m) === key)
}

function unique(marks: MarkJSON[]): MarkJSON[] {
  return marks.filter((m, i) => marks.findIndex((n) => keyOf(n) === keyOf(m)) === i)
}

/**
 * Turns the inline nodes of one text block (text with possibly overlapping marks, hard
 * breaks) into a tree of elements. Marks nest by how far they run from where they open,
 * longest outermost (ties in compareMarks order); a mark that ends inside a longer one, or
 * runs across a leaf's edge, is closed and reopened, so the tree always holds every mark over
 * exactly its text.
 */
export function inlineTree(nodes: NodeJSON[], options: InlineTreeOptions): InlineTreeNode[] {
  const leaf = options.leaf ?? ((): boolean => false)
  const items: Item[] = []
  for (const node of nodes) {
    if (node.type === 'text' && node.text) items.push({ text: node.text, marks: unique((node.marks ?? []).filter((m) => options.keep(m))) })
    else if (node.type === 'hardBreak') items.push({ text: null, marks: [] })
  }
  const textAt = (i: number): string => items[i]?.text ?? ''
  const runFrom = (i: number, mark: MarkJSON, step: 1 | -1): number => {
    let n = 0
    for (let j = i; j >= 0 && j < items.length; j += step) {
      if (items[j]!.text === null) continue
      if (!has(items[j]!.marks, mark)) break
      n += textAt(j).length
    }
    return n
  }
  // One leaf per piece of text: the one whose whole run is longest (an organisation around a
  // place in its name keeps its element; the place is left out there).
  for (let i = 0; i < items.length; i++) {
    const leaves = items[i]!.marks.filter((m) => leaf(m))
    if (leaves.length < 2) continue
    const span = (m: MarkJSON): number => runFrom(i, m, 1) + runFrom(i, m, -1)
    const winner = [...leaves].sort((a, b) => span(b) - span(a) || compareMarks(a, b))[0]!
    items[i]!.marks = items[i]!.marks.filter((m) => !leaf(m) || m === winner)
  }
  // Formatting that covers only part of a leaf's run gives way to the leaf.
  const yields = options.yields ?? ((): boolean => false)
  for (let i = 0; i < items.length; ) {
    const lf = items[i]!.marks.find((m) => leaf(m))
    if (!lf) {
      i++
      continue
    }
    let end = i
    while (end + 1 < items.length && items[end + 1]!.text !== null && has(items[end + 1]!.marks, lf)) end++
    const run = items.slice(i, end + 1)
    for (const item of run) item.marks = item.marks.filter((m) => !yields(m) || run.every((other) => has(other.marks, m)))
    i = end + 1
  }
  // A break stays inside the marks that continue across it, except leaves.
  for (let i = 0; i < items.length; i++) {
    if (items[i]!.text !== null) continue
    const before = items.slice(0, i).reverse().find((it) => it.text !== null)?.marks ?? []
    const after = items.slice(i + 1).find((it) => it.text !== null)?.marks ?? []
    items[i]!.marks = before.filter((m) => has(after, m) && !leaf(m))
  }

  // From here on the marks are settled: how far each runs can be remembered.
  const runs = new Map<string, number>()
  const runAhead = (i: number, mark: MarkJSON): number => {
    const key = `${i}\u0000${keyOf(mark)}`
    let n = runs.get(key)
    if (n === undefined) runs.set(key, (n = runFrom(i, mark, 1)))
    return n
  }
  const root: InlineTreeNode[] = []
  const stack: Array<{ mark: MarkJSON; children: InlineTreeNode[] }> = []
  const current = (): InlineTreeNode[] => (stack.length ? stack[stack.length - 1]!.children : root)
  items.forEach((item, i) => {
    let keep = 0
    while (keep < stack.length && has(item.marks, stack[keep]!.mark)) keep++
    const opensOuter = item.marks.some((m) => !leaf(m) && !stack.slice(0, keep).some((s) => keyOf(s.mark) === keyOf(m)))
    if (opensOuter) {
      const firstLeaf = stack.findIndex((s) => leaf(s.mark))
      if (firstLeaf !== -1 && firstLeaf < keep) keep = firstLeaf
    }
    stack.length = keep
    const opening = item.marks
      .filter((m) => !stack.some((s) => keyOf(s.mark) === keyOf(m)))
      .sort((a, b) => Number(leaf(a)) - Number(leaf(b)) || runAhead(i, b) - runAhead(i, a) || compareMarks(a, b))
    for (const mark of opening) {
      const element = { kind: 'mark' as const, mark, children: [] as InlineTreeNode[] }
      current().push(element)
      stack.push(element)
    }
    const here = current()
    const last = here[here.length - 1]
    if (item.text === null) here.push({ kind: 'break' })
    else if (last?.kind === 'text') last.text += item.text
    else here.push({ kind: 'text', text: item.text })
  })
  return root
}
