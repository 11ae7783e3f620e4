import type { NodeJSON } from '../../model/DocJSON'
import { parseInline } from './parseInline'

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const QUOTE = /^ {0,3}>/
const BULLET = /^( {0,3})([-+*])(?:([ \t]+)(.*))?$/
const ORDERED = /^( {0,3})(\d{1,9})([.)])(?:([ \t]+)(.*))?$/
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/

interface ListMarker {
  bullet: string | null
  delimiter: string | null
  start: number
  /** Column where the item's content starts; continuation lines are indented to it. */
  contentIndent: number
  /** The text after the marker on the first line. */
  first: string
}

const isBlank = (line: string): boolean => line.trim() === ''
const indentOf = (line: string): number => /^ */.exec(line)![0].length

function listMarker(line: string): ListMarker | null {
  if (THEMATIC_BREAK.test(line)) return null
  const b = BULLET.exec(line)
  const o = b ? null : ORDERED.exec(line)
  const m = b ?? o
  if (!m) return null
  const indent = m[1]!.length
  const marker = b ? 1 : o![2]!.length + 1
  const spaces = (b ? b[3] : o![4]) ?? ''
  const content = (b ? b[4] : o![5]) ?? ''
  // Five or more spaces after the marker start an indented block: the content starts after one.
  const gap = content === '' || spaces.length > 4 ? 1 : spaces.length
  const first = content === '' ? '' : spaces.length > 4 ? spaces.slice(1) + content : content
  return { bullet: b ? b[2]! : null, delimiter: o ? o[3]! : null, start: o ? Number(o[2]) : 1, contentIndent: indent + marker + gap, first }
}

/** Whether a line ends a paragraph: CommonMark's interruption rules (an ordered list must start at 1). */
function interrupts(line: string): boolean {
  if (ATX.test(line) || THEMATIC_BREAK.test(line) || FENCE.test(line) || QUOTE.test(line)) return true
  const marker = listMarker(line)
  return marker !== null && marker.first.trim() !== '' && (marker.bullet !== null || marker.start === 1)
}

function sameList(a: ListMarker, b: ListMarker): boolean {
  return a.bullet === b.bullet && a.delimiter === b.delimiter
}

function heading(level: number, text: string, refs: ReadonlyMap<string, string>): NodeJSON[] {
  const content = parseInline(text, refs)
  return content.length ? [{ type: 'heading', attrs: { level }, content }] : []
}

/**
 * Parses Markdown lines (front matter already removed, tabs expanded) into block nodes:
 * ATX and setext headings, paragraphs (soft-wrapped lines joined), bullet and ordered lists
 * with nesting, blockquotes, thematic breaks. A fenced code block becomes a paragraph of its
 * raw lines; HTML block lines read as paragraphs whose tags the inline parser drops, so they
 * vanish when they held only tags. Empty paragraphs are not produced.
 */
export function parseBlocks(lines: string[], refs: ReadonlyMap<string, string> = new Map()): NodeJSON[] {
  const blocks: NodeJSON[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    if (isBlank(line)) {
      i++
      continue
    }
    const atx = ATX.exec(line)
    if (atx) {
      // A closing run of `#`s (after a space, unescaped) is not part of the heading.
      const text = (atx[2] ?? '').replace(/(?:^|[ \t]+)#+$/, '')
      blocks.push(...heading(atx[1]!.length, text, refs))
      i++
      continue
    }
    if (THEMATIC_BREAK.test(line)) {
      blocks.push({ type: 'horizontalRule' })
      i++
      continue
    }
    const fence = FENCE.exec(line)
    if (fence) {
      const marker = fence[1]!
      const code: string[] = []
      for (i++; i < lines.length; i++) {
        if (new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`).test(lines[i]!)) {
          i++
          break
        }
        code.push(lines[i]!)
      }
      const content = code.flatMap((text, k): NodeJSON[] => [...(k ? [{ type: 'hardBreak' }] : []), ...(text ? [{ type: 'text', text }] : [])])
      while (content[0]?.type === 'hardBreak') content.shift()
      while (content[content.length - 1]?.type === 'hardBreak') content.pop()
      if (content.length) blocks.push({ type: 'paragraph', content })
      continue
    }
    if (QUOTE.test(line)) {
      const inner: string[] = []
      while (i < lines.length) {
        const l = lines[i]!
        if (QUOTE.test(l)) inner.push(l.replace(/^ {0,3}> ?/, ''))
        // Lazy continuation: an unmarked line continues the quote's open paragraph.
        else if (!isBlank(l) && inner.length && !isBlank(inner[inner.length - 1]!) && !interrupts(l)) inner.push(l)
        else break
        i++
      }
      const content = parseBlocks(inner, refs)
      if (content.length) blocks.push({ type: 'blockquote', content })
      continue
    }
    const first = listMarker(line)
    if (first) {
      const items: NodeJSON[] = []
      let marker: ListMarker | null = first
      while (marker && i < lines.length) {
        const itemLines = [marker.first]
        const { contentIndent } = marker
        for (i++; i < lines.length; i++) {
          const l = lines[i]!
          if (isBlank(l)) {
            let j = i
            while (j < lines.length && isBlank(lines[j]!)) j++
            if (j < lines.length && indentOf(lines[j]!) >= contentIndent) {
              itemLines.push('')
              continue
            }
            break
          }
          if (indentOf(l) >= contentIndent) itemLines.push(l.slice(contentIndent))
          else if (listMarker(l) || interrupts(l)) break
          else if (!isBlank(itemLines[itemLines.length - 1]!)) itemLines.push(l.trimStart())
          else break
        }
        const content = parseBlocks(itemLines, refs)
        items.push({ type: 'listItem', content: content.length ? content : [{ type: 'paragraph' }] })
        // Blank lines between items keep the list going when the next item is of the same kind.
        let j = i
        while (j < lines.length && isBlank(lines[j]!)) j++
        const next: ListMarker | null = j < lines.length ? listMarker(lines[j]!) : null
        if (next && sameList(first, next)) {
          i = j
          marker = next
        } else marker = null
      }
      blocks.push(first.bullet !== null ? { type: 'bulletList', content: items } : { type: 'orderedList', attrs: { start: first.start }, content: items })
      continue
    }
    // A paragraph: lines up to a blank line, an interrupting block, or a setext underline.
    const para: string[] = [line.trimStart()]
    let level = 0
    for (i++; i < lines.length; i++) {
      const l = lines[i]!
      const setext = SETEXT.exec(l)
      if (setext) {
        level = setext[1]![0] === '=' ? 1 : 2
        i++
        break
      }
      if (isBlank(l) || interrupts(l)) break
      para.push(l.trimStart())
    }
    const text = para.join('\n')
    if (level) {
      blocks.push(...heading(level, text.trim(), refs))
      continue
    }
    const content = parseInline(text, refs)
    if (content.length) blocks.push({ type: 'paragraph', content })
  }
  return blocks
}
