import type { DocJSON, NodeJSON } from './DocJSON'

function inlineText(node: NodeJSON): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return '\n'
  return (node.content ?? []).map(inlineText).join('')
}

function collectBlocks(nodes: NodeJSON[], out: string[]): void {
  for (const node of nodes) {
    const content = node.content ?? []
    // A text block holds inline content; containers (lists, quotes) hold blocks.
    if (content.some((c) => c.type === 'text' || c.type === 'hardBreak')) {
      out.push(content.map(inlineText).join(''))
    } else {
      collectBlocks(content, out)
    }
  }
}

/**
 * The text of an article body: one entry per text block (paragraph, heading, the paragraphs
 * inside list items and quotes) in document order, joined by a blank line; a hard break is a
 * newline. Marks, list markers and rules are left out: this is the text as read aloud, what
 * word counts and plain-text exports are made of. Empty blocks leave no trace.
 */
export function docToPlainText(doc: DocJSON): string {
  const blocks: string[] = []
  collectBlocks(doc.content, blocks)
  return blocks.filter((b) => b.trim() !== '').join('\n\n')
}
