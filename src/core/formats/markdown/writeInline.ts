import type { MarkJSON, NodeJSON } from '../../model/DocJSON'
import { compareMarks } from '../../model/compareMarks'
import { markKey } from '../../model/markKey'
import { normalizeInline } from '../../model/normalizeInline'
import { escapeMarkdownText } from './escapeMarkdownText'
import { markDelimiters } from './markDelimiters'

const SPACE = /^[ \t]+|[ \t]+$/g
/**
 * Put between a closing and an opening delimiter run of the same character: `*a***b**`
 * has one run `***` that Markdown may split differently than meant (rule of 3). It happens
 * only where overlapping marks are closed and reopened; an empty comment reads as nothing.
 */
const RUN_SEPARATOR = '<!-- -->'

function has(marks: MarkJSON[], mark: MarkJSON): boolean {
  const key = markKey(mark)
  return marks.some((m) => markKey(m) === key)
}

function common(a: MarkJSON[], b: MarkJSON[]): MarkJSON[] {
  return a.filter((m) => has(b, m))
}

/** Writable inline nodes in canonical form: only marks that have a Markdown form, no newlines in text. */
function prepare(nodes: NodeJSON[], inHeading: boolean): NodeJSON[] {
  const prepared: NodeJSON[] = []
  for (const node of nodes) {
    if (node.type === 'text') {
      const marks = (node.marks ?? []).filter((m) => markDelimiters(m) !== null)
      // A newline inside a text node would end the Markdown line; it reads back as a space.
      prepared.push({ type: 'text', text: (node.text ?? '').replace(/[\r\n]+/g, ' '), marks })
    } else if (node.type === 'hardBreak') {
      // An ATX heading is one line: a break in a heading is written as a space.
      prepared.push(inHeading ? { type: 'text', text: ' ' } : { type: 'hardBreak' })
    }
  }
  return normalizeInline(prepared, false)
}

/**
 * Moves white space at the edge of a mark outside it: `**foo **` is not bold in Markdown,
 * `**foo** ` is. Each text node's leading space keeps only the marks it shares with the node
 * before it, its trailing space only those shared with the node after; a node that is all
 * space keeps only what both neighbours share. Delimiters then always touch non-space text.
 */
function expelSpace(nodes: NodeJSON[]): NodeJSON[] {
  const marksAt = (i: number): MarkJSON[] => (nodes[i]?.type === 'text' ? (nodes[i]!.marks ?? []) : [])
  const out: NodeJSON[] = []
  nodes.forEach((node, i) => {
    if (node.type !== 'text') {
      out.push(node)
      return
    }
    const text = node.text ?? ''
    const own = node.marks ?? []
    const before = common(own, marksAt(i - 1))
    const after = common(own, marksAt(i + 1))
    if (text.trim() === '') {
      out.push({ type: 'text', text, marks: common(before, after) })
      return
    }
    const lead = /^[ \t]*/.exec(text)![0]
    const trail = /[ \t]*$/.exec(text)![0]
    if (lead) out.push({ type: 'text', text: lead, marks: before })
    out.push({ type: 'text', text: text.replace(SPACE, ''), marks: own })
    if (trail) out.push({ type: 'text', text: trail, marks: after })
  })
  return normalizeInline(out, false)
}

/**
 * Writes the inline content of one text block as Markdown lines (more than one only where a
 * hard break is written as `\` + newline). Marks nest by how far they run, longest outermost,
 * ties in compareMarks order; a mark that ends inside a longer one is closed and reopened.
 */
export function writeInline(nodes: NodeJSON[], options: { inHeading?: boolean } = {}): string[] {
  const items = expelSpace(prepare(nodes, options.inHeading ?? false))
  const marksOf = (i: number): MarkJSON[] => (items[i]?.type === 'text' ? (items[i]!.marks ?? []) : [])
  // How much text from item i on carries the mark without a gap. Hard breaks and spaces
  // neither extend nor interrupt a run: a mark on a space may not survive a round trip, and
  // nesting must come out the same when the file is read back and written again.
  const runLength = (i: number, mark: MarkJSON): number => {
    let n = 0
    for (let j = i; j < items.length; j++) {
      const text = items[j]!.type === 'text' ? items[j]!.text!.replace(/[ \t]+/g, '') : ''
      if (!text) continue
      if (!has(marksOf(j), mark)) break
      n += text.length
    }
    return n
  }
  let out = ''
  let lineStart = true
  let afterClose = false
  /** The closing delimiter `out` ends with, if nothing was written after it. */
  let lastClose = ''
  const stack: MarkJSON[] = []
  const closeTo = (keep: number): void => {
    while (stack.length > keep) {
      lastClose = markDelimiters(stack.pop()!)!.close
      out += lastClose
      afterClose = true
      lineStart = false
    }
  }
  // How many marks at the bottom of the stack the given marks keep open.
  const kept = (marks: MarkJSON[]): number => {
    let keep = 0
    while (keep < stack.length && has(marks, stack[keep]!)) keep++
    return keep
  }
  items.forEach((item, i) => {
    if (item.type === 'hardBreak') {
      // A hard break keeps open the marks that continue after it, so they are not split around it.
      const next = items.slice(i + 1).find((n) => n.type === 'text')
      closeTo(kept(next?.marks ?? []))
      out += '\\\n'
      lineStart = true
      afterClose = false
      return
    }
    const marks = item.marks ?? []
    closeTo(kept(marks))
    let text = item.text ?? ''
    const opening = marks
      .filter((m) => !has(stack, m))
      .sort((a, b) => runLength(i, b) - runLength(i, a) || compareMarks(a, b))
    // A delimiter followed by a space cannot open, and a mark reopened after an overlapping
    // one closed may start on a space: the space goes before the delimiter (a mark on white
    // space is the only thing lost). Text that is all space opens nothing; the next text does.
    if (opening.length) {
      const lead = /^[ \t]*/.exec(text)![0]
      if (lead) {
        lastClose = ''
        out += lead
        text = text.slice(lead.length)
        afterClose = false
      }
      if (!text) return
    }
    let outerOpen: { mark: MarkJSON; open: string } | null = null
    for (const mark of opening) {
      const { open } = markDelimiters(mark)!
      // `***a* [b]*c***`: opened as one run of three, bold and italic let the `*` before `c`
      // (punctuation on both sides, so it may open or close) close into the bold (rule of 3).
      // An inner mark that ends first is opened as a run of its own.
      if (outerOpen && open[0] === '*' && outerOpen.open[0] === '*' && runLength(i, mark) < runLength(i, outerOpen.mark)) out += RUN_SEPARATOR
      // `![` would start an image: a `!` of the text before a bracket is escaped.
      if (open === '[' && out.endsWith('!')) out = `${out.slice(0, -1)}\\!`
      if (lastClose && out.endsWith(lastClose) && /^[*~]/.test(open) && open[0] === lastClose[lastClose.length - 1]) out += RUN_SEPARATOR
      lastClose = ''
      out += open
      outerOpen = { mark, open }
      stack.push(mark)
      lineStart = false
      afterClose = false
    }
    // Likewise a space at the end of text whose marks close next goes after the delimiters.
    const next = items[i + 1]
    const keepNext = next?.type === 'text' ? kept(next.marks ?? []) : stack.length
    const trail = keepNext < stack.length ? /[ \t]*$/.exec(text)![0] : ''
    let escaped = escapeMarkdownText(text.slice(0, text.length - trail.length), lineStart)
    // `](url){…}` and `]{…}{…}` would read as attributes of the link or span just closed.
    if (afterClose && escaped.startsWith('{')) escaped = `\\${escaped}`
    out += escaped
    if (escaped) {
      lastClose = ''
      lineStart = false
      afterClose = false
    }
    if (trail) {
      closeTo(keepNext)
      lastClose = ''
      out += trail
      afterClose = false
    }
  })
  closeTo(0)
  return out === '' ? [] : out.split('\n')
}
