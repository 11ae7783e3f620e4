import type { DocJSON, NodeJSON } from './DocJSON'

function inlineText(node: NodeJSON): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return ' '
  return (node.content ?? []).map(inlineText).join('')
}

/**
 * The article's text as wire copy has it: one line per paragraph or subhead (list items and
 * quoted blocks too). Suggestion offsets from the command line index into this text.
 */
export function docToLines(doc: DocJSON): string {
  const lines: string[] = []
  const visit = (node: NodeJSON): void => {
    if (node.type === 'paragraph' || node.type === 'heading') lines.push(inlineText(node))
    else for (const child of node.content ?? []) visit(child)
  }
  for (const block of doc.content) visit(block)
  return lines.join('\n')
}
