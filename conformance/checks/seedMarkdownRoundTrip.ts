import { readFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { importArticle } from '../../src/core/formats/importArticle'
import { readArticleMarkdown } from '../../src/core/formats/markdown/readArticleMarkdown'
import { writeArticleMarkdown } from '../../src/core/formats/markdown/writeArticleMarkdown'
import { completeArticle } from '../../src/core/model/completeArticle'
import { slugify } from '../../src/core/model/slugify'
import { parseSanitizedHtml } from '../../src/main/services/html/parseSanitizedHtml'
import type { CheckGroup } from '../CheckGroup'
import { check } from '../check'
import { seedLines } from './seedLines'

/** The seed converted to workspace Markdown and back: nothing lost, and the file is a fixed point. */
export const seedMarkdownRoundTrip: CheckGroup = {
  name: 'seed Markdown round trip',
  async run(shared) {
    const { path } = seedLines(shared)
    const parsed = importArticle('seed-article.txt', new Uint8Array(readFileSync(path)), { parseSanitizedHtml })
    const fill = { id: '01JZ0000000000000000000000', slug: slugify(parsed.headline), now: '2025-01-01T00:00:00.000Z' }
    const first = writeArticleMarkdown(completeArticle(parsed, fill))
    const reread = readArticleMarkdown(first)
    const second = writeArticleMarkdown(completeArticle(reread, fill))
    const firstLines = first.split('\n')
    const diffAt = second.split('\n').findIndex((line, i) => line !== firstLines[i])
    return [
      check('seed → Markdown → seed: body unchanged', isDeepStrictEqual(reread.body, parsed.body), 'the body read back differs from the import'),
      check('seed → Markdown → seed: photos, headline and fields unchanged', isDeepStrictEqual([reread.photos, reread.headline, reread.custom], [parsed.photos, parsed.headline, parsed.custom]), JSON.stringify(reread.photos)),
      check('seed → Markdown: one paragraph per line, no Photo:: text', !first.includes('Photo::') && first.split('---\n')[2]!.split('\n\n').every((block) => !block.trim().includes('\n')), 'a block spans several lines'),
      check('seed → Markdown → Markdown: second write is byte-identical', first === second, `first difference at line ${diffAt + 1}`)
    ]
  }
}
