import type { Article } from '../../model/Article'
import { writeBlocks } from './writeBlocks'
import { writeFrontMatter } from './writeFrontMatter'

/**
 * The workspace file of an article (DESIGN.md, "Workspace folder"): YAML front matter, then
 * the body as Markdown with one paragraph per line and Pandoc spans for marks Markdown lacks.
 * Deterministic, and a fixed point: writing what readArticleMarkdown reads from this output
 * gives the same bytes, so sync never sees a change that nobody made.
 */
export function writeArticleMarkdown(article: Article): string {
  const body = writeBlocks(article.body.content)
  return `---\n${writeFrontMatter(article)}---\n${body.length ? `${body.join('\n')}\n` : ''}`
}
