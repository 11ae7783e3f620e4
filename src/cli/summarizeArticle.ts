import type { ParsedArticle } from '../core/model/Article'
import type { NodeJSON } from '../core/model/DocJSON'
import { countWords } from '../core/model/countWords'
import { docToPlainText } from '../core/model/docToPlainText'

function walk(nodes: NodeJSON[], visit: (node: NodeJSON) => void): void {
  for (const node of nodes) {
    visit(node)
    walk(node.content ?? [], visit)
  }
}

/** The human-readable `import` output for one file: what a desk editor checks at a glance. */
export function summarizeArticle(file: string, article: ParsedArticle): string {
  let paragraphs = 0
  const subheads: string[] = []
  walk(article.body.content, (node) => {
    if (node.type === 'paragraph') paragraphs++
    if (node.type === 'heading') subheads.push(docToPlainText({ type: 'doc', content: [node] }))
  })
  const lines = [
    file,
    `  Headline:   ${article.headline || '(none — add one before export)'}`,
    `  Body:       ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}, ${subheads.length} subhead${subheads.length === 1 ? '' : 's'}, ${countWords(article.body)} words`
  ]
  for (const subhead of subheads) lines.push(`  Subhead:    ${subhead}`)
  for (const photo of article.photos) {
    const parts = [
      photo.photographer && `photographer ${photo.photographer}`,
      photo.agency && `agency ${photo.agency}`,
      photo.distributor && `distributor ${photo.distributor}`
    ].filter(Boolean)
    lines.push(`  Photo:      ${photo.creditLine}${parts.length ? ` (${parts.join(', ')})` : ''}`)
  }
  for (const [key, value] of Object.entries(article.custom)) lines.push(`  ${`${key}:`.padEnd(11)} ${value}`)
  return `${lines.join('\n')}\n`
}
