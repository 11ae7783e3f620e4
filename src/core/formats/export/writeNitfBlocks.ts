import type { MarkJSON, NodeJSON } from '../../model/DocJSON'
import { escapeXml } from './escapeXml'
import type { ExportContext } from './ExportContext'
import { inlineTree, type InlineTreeNode } from './inlineTree'
import { nitfMarkTags } from './nitfMarkTags'

/** Formatting gives way inside an entity element (NITF entities hold text only); links and quotes split it. */
const FORMATTING = new Set(['bold', 'italic', 'underline', 'strike'])

function inlineNitf(nodes: NodeJSON[], ctx: ExportContext): string {
  // Each mark object is looked up once (registry resolution and attribute escaping are not free).
  const cache = new Map<MarkJSON, ReturnType<typeof nitfMarkTags>>()
  const tagsOf = (mark: MarkJSON): ReturnType<typeof nitfMarkTags> => {
    if (!cache.has(mark)) cache.set(mark, nitfMarkTags(mark, ctx))
    return cache.get(mark)!
  }
  const render = (tree: InlineTreeNode[]): string =>
    tree
      .map((node) => {
        if (node.kind === 'text') return escapeXml(node.text)
        if (node.kind === 'break') return '<br/>'
        const tags = tagsOf(node.mark)!
        return tags.open + render(node.children) + tags.close
      })
      .join('')
  const tree = inlineTree(nodes, { keep: (m) => tagsOf(m) !== null, leaf: (m) => tagsOf(m)?.leaf === true, yields: (m) => FORMATTING.has(m.type) })
  return render(tree)
}

const isInline = (nodes: NodeJSON[]): boolean => nodes.some((n) => n.type === 'text' || n.type === 'hardBreak')

function block(node: NodeJSON, ctx: ExportContext): string[] {
  const content = node.content ?? []
  switch (node.type) {
    case 'paragraph': {
      const xml = inlineNitf(content, ctx)
      return xml ? [`<p>${xml}</p>`] : []
    }
    case 'heading': {
      const xml = inlineNitf(content, ctx)
      return xml ? [`<hl2>${xml}</hl2>`] : []
    }
    case 'bulletList':
    case 'orderedList': {
      const tag = node.type === 'bulletList' ? 'ul' : 'ol'
      const items = content.map((item) => `<li>${writeNitfBlocks(item.content ?? [], ctx).join('')}</li>`)
      return items.length ? [`<${tag}>${items.join('')}</${tag}>`] : []
    }
    case 'blockquote': {
      const inner = writeNitfBlocks(content, ctx)
      return inner.length ? [`<bq><block>${inner.join('')}</block></bq>`] : []
    }
    case 'horizontalRule':
      return ['<hr/>']
    case 'codeBlock': {
      const text = content.map((n) => n.text ?? '').join('')
      return text ? [`<pre>${escapeXml(text)}</pre>`] : []
    }
    default:
      return isInline(content) ? block({ type: 'paragraph', content }, ctx) : writeNitfBlocks(content, ctx)
  }
}

/**
 * Body blocks as NITF 3.6 block content, one string per block: p, hl2 for subheads, ul/ol
 * with li, bq > block for block quotes, hr, pre. Inline tags as in nitfMarkTags; notes are
 * left out and their text kept.
 */
export function writeNitfBlocks(nodes: NodeJSON[], ctx: ExportContext): string[] {
  return nodes.flatMap((n) => block(n, ctx))
}
