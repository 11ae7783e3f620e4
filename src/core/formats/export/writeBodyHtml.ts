import type { DocJSON, MarkJSON, NodeJSON } from '../../model/DocJSON'
import { escapeXml } from './escapeXml'
import type { ExportContext } from './ExportContext'
import { htmlMarkTags } from './htmlMarkTags'
import { inlineTree, type InlineTreeNode } from './inlineTree'

function inlineHtml(nodes: NodeJSON[], ctx: ExportContext): string {
  const cache = new Map<MarkJSON, ReturnType<typeof htmlMarkTags>>()
  const tagsOf = (mark: MarkJSON): ReturnType<typeof htmlMarkTags> => {
    if (!cache.has(mark)) cache.set(mark, htmlMarkTags(mark, ctx))
    return cache.get(mark)!
  }
  const render = (tree: InlineTreeNode[]): string =>
    tree
      .map((node) => {
        if (node.kind === 'text') return escapeXml(node.text)
        if (node.kind === 'break') return '<br>'
        const tags = tagsOf(node.mark)!
        return tags.open + render(node.children) + tags.close
      })
      .join('')
  return render(inlineTree(nodes, { keep: (m) => tagsOf(m) !== null }))
}

const isInline = (nodes: NodeJSON[]): boolean => nodes.some((n) => n.type === 'text' || n.type === 'hardBreak')

function block(node: NodeJSON, ctx: ExportContext): string[] {
  const content = node.content ?? []
  switch (node.type) {
    case 'paragraph': {
      const html = inlineHtml(content, ctx)
      return html ? [`<p>${html}</p>`] : []
    }
    case 'heading': {
      // The headline is the page's h1; body headings start at h2.
      const level = Math.min(6, Math.max(2, Number(node.attrs?.level) || 2))
      const html = inlineHtml(content, ctx)
      return html ? [`<h${level}>${html}</h${level}>`] : []
    }
    case 'bulletList':
    case 'orderedList': {
      const items = content.map((item) => `<li>${blocks(item.content ?? [], ctx).join('')}</li>`)
      if (!items.length) return []
      const start = Number(node.attrs?.start)
      const tag = node.type === 'bulletList' ? 'ul' : 'ol'
      const open = tag === 'ol' && Number.isInteger(start) && start !== 1 ? `<ol start="${start}">` : `<${tag}>`
      return [`${open}${items.join('')}</${tag}>`]
    }
    case 'blockquote': {
      const inner = blocks(content, ctx)
      return inner.length ? [`<blockquote>${inner.join('')}</blockquote>`] : []
    }
    case 'horizontalRule':
      return ['<hr>']
    case 'codeBlock': {
      const text = content.map((n) => n.text ?? '').join('')
      return text ? [`<pre><code>${escapeXml(text)}</code></pre>`] : []
    }
    default:
      return isInline(content) ? block({ type: 'paragraph', content }, ctx) : blocks(content, ctx)
  }
}

function blocks(nodes: NodeJSON[], ctx: ExportContext): string[] {
  return nodes.flatMap((n) => block(n, ctx))
}

/**
 * The article body as an HTML fragment, one block per line: paragraphs, subheads (h2–h6),
 * lists, block quotes, rules and code, with inline tags as in htmlMarkTags. Notes are left out
 * (their text stays). Used by the standalone HTML export and as the ninjs HTML body.
 */
export function writeBodyHtml(doc: DocJSON, ctx: ExportContext): string {
  return blocks(doc.content, ctx).join('\n')
}
