import type { NodeJSON } from '../../model/DocJSON'
import { writeInline } from './writeInline'

/** Between two lists of the same kind: without it Markdown would read them as one list. */
const LIST_SEPARATOR = '<!-- -->'

function indent(lines: string[], first: string, rest: string): string[] {
  return lines.map((line, i) => (i === 0 ? first + line : line === '' ? '' : rest + line))
}

/** A code block has no Markdown form here (readers turn fences into text); its lines become hard breaks. */
function codeToInline(node: NodeJSON): NodeJSON[] {
  const text = (node.content ?? []).map((n) => n.text ?? '').join('')
  return text.split('\n').flatMap((line, i): NodeJSON[] => [...(i ? [{ type: 'hardBreak' }] : []), ...(line ? [{ type: 'text', text: line }] : [])])
}

function writeHeading(node: NodeJSON): string[] {
  const level = Math.min(6, Math.max(1, Number(node.attrs?.level) || 1))
  const [line] = writeInline(node.content ?? [], { inHeading: true })
  if (line === undefined) return []
  // A heading's trailing `#`s are a closing sequence; an unescaped `#` at the end is escaped.
  const trailing = /(\\*)#$/.exec(line)
  const text = trailing && trailing[1]!.length % 2 === 0 ? `${line.slice(0, -1)}\\#` : line
  return [`${'#'.repeat(level)} ${text}`]
}

function writeList(node: NodeJSON): string[] {
  const ordered = node.type === 'orderedList'
  const start = Number.isInteger(node.attrs?.start) ? Number(node.attrs!.start) : 1
  return (node.content ?? []).flatMap((item, i) => {
    const marker = ordered ? `${Math.max(0, start + i)}.` : '-'
    const inner = writeBlocks(item.content ?? [], true)
    return inner.length ? indent(inner, `${marker} `, ' '.repeat(marker.length + 1)) : [marker]
  })
}

function writeBlock(node: NodeJSON): string[] {
  switch (node.type) {
    case 'paragraph':
      return writeInline(node.content ?? [])
    case 'heading':
      return writeHeading(node)
    case 'bulletList':
    case 'orderedList':
      return writeList(node)
    case 'blockquote':
      return writeBlocks(node.content ?? []).map((line) => (line === '' ? '>' : `> ${line}`))
    case 'horizontalRule':
      return ['---']
    case 'codeBlock':
      return writeInline(codeToInline(node))
    default: {
      // Unknown blocks: their inline content as a paragraph, or their child blocks.
      const content = node.content ?? []
      const inline = content.some((c) => c.type === 'text' || c.type === 'hardBreak')
      return inline ? writeInline(content) : writeBlocks(content)
    }
  }
}

/**
 * Writes block nodes as Markdown lines, one blank line between blocks (inside a list item, a
 * nested list follows its paragraph directly). Empty blocks are left out (Markdown has no
 * empty paragraph), so a document and its re-read copy write the same.
 */
export function writeBlocks(nodes: NodeJSON[], inListItem = false): string[] {
  const lines: string[] = []
  let previous: NodeJSON | null = null
  for (const node of nodes) {
    const block = writeBlock(node)
    if (!block.length) continue
    // Only a bullet list or a list starting at 1 may follow a paragraph without a blank line
    // (CommonMark: other ordered lists cannot interrupt a paragraph).
    const nestedList =
      inListItem && previous?.type === 'paragraph' && (node.type === 'bulletList' || (node.type === 'orderedList' && (node.attrs?.start ?? 1) === 1))
    if (previous && !nestedList) lines.push('')
    if (previous && (node.type === 'bulletList' || node.type === 'orderedList') && previous.type === node.type) {
      lines.push(LIST_SEPARATOR, '')
    }
    lines.push(...block)
    previous = node
  }
  return lines
}
