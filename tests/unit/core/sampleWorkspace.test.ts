import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readArticleMarkdown } from '../../../src/core/formats/markdown/readArticleMarkdown'
import { writeArticleMarkdown } from '../../../src/core/formats/markdown/writeArticleMarkdown'
import { completeArticle } from '../../../src/core/model/completeArticle'
import { countWords } from '../../../src/core/model/countWords'
import { slugify } from '../../../src/core/model/slugify'

const root = fileURLToPath(new URL('../../../resources/sample-workspace/', import.meta.url))
const files = readdirSync(`${root}articles`).filter((f) => f.endsWith('.md'))

describe('sample workspace', () => {
  it('declares its format', () => {
    expect(JSON.parse(readFileSync(`${root}copydesk.json`, 'utf8'))).toEqual({ format: 'copydesk-workspace', version: 1 })
    expect(files).toHaveLength(3)
  })

  it.each(files)('%s is exactly what the writer produces, and a complete short article', (file) => {
    const markdown = readFileSync(`${root}articles/${file}`, 'utf8')
    const parsed = readArticleMarkdown(markdown)
    const article = completeArticle(parsed, { id: 'unused', slug: file.replace(/\.md$/, ''), now: 'unused' })
    expect(writeArticleMarkdown(article)).toBe(markdown)
    expect(parsed.id).toMatch(/^[0-7][0-9A-HJKMNP-TV-Z]{25}$/)
    expect(file).toBe(`${slugify(parsed.headline)}.md`)
    expect(parsed.photos[0]?.creditLine).toMatch(/ \/ /)
    expect(parsed.body.content.filter((n) => n.type === 'heading').length).toBeGreaterThanOrEqual(1)
    const words = countWords(parsed.body)
    expect(words).toBeGreaterThanOrEqual(150)
    expect(words).toBeLessThanOrEqual(350)
  })
})
