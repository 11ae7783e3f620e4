import type { ParsedArticle } from '../../model/Article'
import type { NodeJSON } from '../../model/DocJSON'
import { docToPlainText } from '../../model/docToPlainText'
import { extractLinkDefinitions } from './extractLinkDefinitions'
import { parseBlocks } from './parseBlocks'
import { readFrontMatter } from './readFrontMatter'
import { splitFrontMatter } from './splitFrontMatter'

/** Leading tabs as spaces to the next multiple of 4, so indentation can be measured in columns. */
function expandTabs(line: string): string {
  const lead = /^[ \t]*/.exec(line)![0]
  if (!lead.includes('\t')) return line
  let col = 0
  for (const c of lead) col = c === '\t' ? col + 4 - (col % 4) : col + 1
  return ' '.repeat(col) + line.slice(lead.length)
}

/**
 * Reads an article from Markdown: a workspace file written by writeArticleMarkdown (front
 * matter + body), or ordinary Markdown from another tool. Without a `headline` in the front
 * matter, a leading `# Title` is the headline and leaves the body; otherwise the headline
 * stays '' (a missing-headline finding), never taken from the first paragraph.
 */
export function readArticleMarkdown(text: string): ParsedArticle {
  const normalised = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n')
  const { yaml, body } = splitFrontMatter(normalised)
  const { hasHeadline, ...fields } =
    yaml === null ? { hasHeadline: false, headline: '', photos: [], sources: [], custom: {}, extra: {} } : readFrontMatter(yaml)
  const { lines, refs } = extractLinkDefinitions(body.split('\n').map(expandTabs))
  const content: NodeJSON[] = parseBlocks(lines, refs)
  let headline = fields.headline
  const first = content[0]
  if (!hasHeadline && first?.type === 'heading' && first.attrs?.level === 1) {
    headline = docToPlainText({ type: 'doc', content: [first] }).replace(/\s+/g, ' ').trim()
    content.shift()
  }
  return { ...fields, headline, body: { type: 'doc', content } }
}
