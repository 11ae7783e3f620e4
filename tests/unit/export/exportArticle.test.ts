import { describe, expect, it } from 'vitest'
import { EXPORT_FORMATS } from '../../../src/core/formats/export/ExportFormat'
import { exportArticle } from '../../../src/core/formats/export/exportArticle'
import { isExportFormat } from '../../../src/core/formats/export/isExportFormat'
import { readArticleMarkdown } from '../../../src/core/formats/markdown/readArticleMarkdown'
import { writeArticleMarkdown } from '../../../src/core/formats/markdown/writeArticleMarkdown'
import { completeArticle } from '../../../src/core/model/completeArticle'
import { fixtureArticle, fixtureContext } from './fixtureArticle'

describe('exportArticle', () => {
  const article = fixtureArticle()
  const ctx = fixtureContext()

  it('names every format after the slug with its own suffix', () => {
    const names = EXPORT_FORMATS.map((f) => exportArticle(article, f, ctx).fileName)
    expect(names).toEqual([
      'harbour-board-defends-dredging.nitf.xml',
      'harbour-board-defends-dredging.ninjs.json',
      'harbour-board-defends-dredging.ninjs3.json',
      'harbour-board-defends-dredging.md',
      'harbour-board-defends-dredging.html',
      'harbour-board-defends-dredging.txt',
      'harbour-board-defends-dredging.quotes.csv',
      'harbour-board-defends-dredging.entities.csv'
    ])
    expect(new Set(names).size).toBe(names.length)
  })

  it('never lets a slug read from a file name a path outside the folder', () => {
    expect(exportArticle({ ...article, slug: '../../etc/passwd' }, 'txt', ctx).fileName).toBe('etc-passwd.txt')
    expect(exportArticle({ ...article, slug: '' }, 'txt', ctx).fileName).toBe('harbour-board-defends-dredging-plan-for-the-sele.txt')
  })

  it('dispatches: ninjs is 2.1, ninjs3 is 3.1', () => {
    expect(JSON.parse(exportArticle(article, 'ninjs', ctx).text).standard.version).toBe('2.1')
    expect(JSON.parse(exportArticle(article, 'ninjs3', ctx).text).standard.version).toBe('3.1')
    expect(exportArticle(article, 'nitf', ctx).mediaType).toBe('application/nitf+xml')
  })

  it('writes no format with the desk note in it', () => {
    for (const format of EXPORT_FORMATS) {
      const { text } = exportArticle(article, format, ctx)
      expect(text, format).not.toContain('Desk: check')
      expect(text, format).not.toContain('Recorded on tape')
    }
  })

  it('exports Markdown in the workspace format without notes, and it reads back to the same export', () => {
    const { text } = exportArticle(article, 'md', ctx)
    expect(text).toContain('[**Marta** Quintero]{.person entity="marta-quintero"}')
    expect(text).toContain('{.quote quote="01JZQDIRECT0000000000000001" speaker="marta-quintero" kind="direct" verified="true"}')
    expect(text).not.toContain('.note')
    expect(text).not.toContain('checkOverrides')
    expect(text).not.toContain('rejected')
    const back = completeArticle(readArticleMarkdown(text), { id: 'unused', slug: article.slug, now: 'unused' })
    expect(writeArticleMarkdown(back)).toBe(text)
  })

  it('knows its format names', () => {
    expect(isExportFormat('ninjs3')).toBe(true)
    expect(isExportFormat('pdf')).toBe(false)
  })
})
