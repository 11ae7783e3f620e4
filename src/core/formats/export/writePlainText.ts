import type { Article } from '../../model/Article'
import type { NodeJSON } from '../../model/DocJSON'
import { datelineText } from './datelineText'
import { exportableArticle } from './exportableArticle'
import type { ExportContext } from './ExportContext'
import { joinNames } from './joinNames'
import { originatingSources } from './originatingSources'

function inlineText(nodes: NodeJSON[]): string {
  return nodes.map((n) => (n.type === 'text' ? (n.text ?? '') : n.type === 'hardBreak' ? '\n' : inlineText(n.content ?? []))).join('')
}

const isInline = (nodes: NodeJSON[]): boolean => nodes.some((n) => n.type === 'text' || n.type === 'hardBreak')

/** Text blocks with list markers and quote prefixes; one string per block. */
function blocks(nodes: NodeJSON[], prefix = ''): string[] {
  return nodes.flatMap((node): string[] => {
    const content = node.content ?? []
    const prefixed = (text: string): string[] => (text.trim() ? [text.split('\n').map((l) => prefix + l).join('\n')] : [])
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'codeBlock':
        return prefixed(inlineText(content))
      case 'bulletList':
      case 'orderedList': {
        const start = Number.isInteger(node.attrs?.start) ? Number(node.attrs!.start) : 1
        const items = content.flatMap((item, i) => {
          const marker = node.type === 'bulletList' ? '- ' : `${start + i}. `
          const indent = prefix + ' '.repeat(marker.length)
          const inner = blocks(item.content ?? [], indent).join('\n')
          return inner ? [prefix + marker + inner.slice(indent.length)] : []
        })
        return items.length ? [items.join('\n')] : []
      }
      case 'blockquote':
        return blocks(content, `${prefix}> `)
      case 'horizontalRule':
        return [`${prefix}* * *`]
      default:
        return isInline(content) ? prefixed(inlineText(content)) : blocks(content, prefix)
    }
  })
}

/**
 * The article as plain text, the way wire copy travels: headline, standfirst, byline and
 * dateline, the body one block per paragraph (blank line between; list items keep their
 * markers, block quotes a `> `), then a credits block with every photo's credit line (and
 * caption), the sources and any corrections. Tags and notes leave no trace but their text.
 */
export function writePlainText(input: Article, ctx: ExportContext): string {
  const article = exportableArticle(input)
  const head = [article.headline, article.standfirst?.trim() ?? '', joinNames(article.bylines) ? `By ${joinNames(article.bylines)}` : '', datelineText(article.dateline)]
  const credits: string[] = []
  article.photos.forEach((photo, i) => {
    const label = article.photos.length > 1 ? `Photo ${i + 1}` : 'Photo'
    const details = [photo.caption?.trim(), photo.disclosure?.trim()].filter(Boolean).join(' ')
    credits.push(`${label}: ${photo.creditLine}${details ? ` (${details})` : ''}`)
  })
  const sources = originatingSources(article, ctx).map((s) => s.name)
  if (sources.length) credits.push(`Sources: ${sources.join('; ')}`)
  for (const c of article.corrections ?? []) credits.push(`Correction (${c.date}): ${c.note}`)
  const parts = [head.filter(Boolean).join('\n\n'), blocks(article.body.content).join('\n\n'), credits.length ? ['Credits', ...credits].join('\n') : '']
  return `${parts.filter(Boolean).join('\n\n')}\n`
}
