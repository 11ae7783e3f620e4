import { readArticleMarkdown } from './src/core/formats/markdown/readArticleMarkdown'
import { writeArticleMarkdown } from './src/core/formats/markdown/writeArticleMarkdown'
import { randomDoc } from './tests/unit/core/helpers/randomDoc'
import { testArticle } from './tests/unit/core/helpers/testArticle'
import { isDeepStrictEqual } from 'node:util'
import { withoutMarksOnSpace as w } from './tests/unit/core/helpers/withoutMarksOnSpace'
const seen = new Set<string>()
for (let seed = 1; seed <= 3000; seed++) {
  for (const block of randomDoc(seed).content) {
    const body = { type: 'doc' as const, content: [block] }
    const md = writeArticleMarkdown(testArticle(body))
    const back = readArticleMarkdown(md).body
    if (!isDeepStrictEqual(w(back), w(body))) {
      const a = JSON.stringify(w(body)), b = JSON.stringify(w(back)); let k = 0; while (a[k] === b[k]) k++
      const text = md.split('---\n')[2]!
      if (seen.size > 6) break
      seen.add(text)
      console.log('SEED', seed, JSON.stringify(text))
      console.log(' in :', a.slice(Math.max(0, k - 200), k + 200))
      console.log(' out:', b.slice(Math.max(0, k - 200), k + 200))
    }
  }
}
