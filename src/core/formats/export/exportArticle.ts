import type { Article } from '../../model/Article'
import { slugify } from '../../model/slugify'
import { writeArticleMarkdown } from '../markdown/writeArticleMarkdown'
import { exportableArticle } from './exportableArticle'
import type { ExportContext } from './ExportContext'
import type { ExportFormat } from './ExportFormat'
import { writeEntityIndexCsv } from './writeEntityIndexCsv'
import { writeHtml } from './writeHtml'
import { writeNinjs } from './writeNinjs'
import { writeNitf } from './writeNitf'
import { writePlainText } from './writePlainText'
import { writeQuoteSheetCsv } from './writeQuoteSheetCsv'

/** One exported file: a name (from the article's slug) and its text. */
export interface ExportedFile {
  fileName: string
  mediaType: string
  text: string
}

const FILES: Record<ExportFormat, { suffix: string; mediaType: string }> = {
  nitf: { suffix: '.nitf.xml', mediaType: 'application/nitf+xml' },
  ninjs: { suffix: '.ninjs.json', mediaType: 'application/ninjs+json' },
  ninjs3: { suffix: '.ninjs3.json', mediaType: 'application/ninjs+json' },
  md: { suffix: '.md', mediaType: 'text/markdown; charset=utf-8' },
  html: { suffix: '.html', mediaType: 'text/html; charset=utf-8' },
  txt: { suffix: '.txt', mediaType: 'text/plain; charset=utf-8' },
  'quotes-csv': { suffix: '.quotes.csv', mediaType: 'text/csv; charset=utf-8' },
  'entities-csv': { suffix: '.entities.csv', mediaType: 'text/csv; charset=utf-8' }
}

/**
 * Exports one article in one format: NITF 3.6, ninjs 2.1 (`ninjs`) or 3.1 (`ninjs3`), the
 * workspace Markdown, standalone HTML, plain text, or the quote sheet / entity index CSV.
 * The file name is the article's slug (made file-name safe again, since a slug read from a
 * file is untrusted) plus a suffix per format, so every format of one article can share a
 * folder. Notes never leave the desk: every writer drops them; the Markdown export, being the
 * workspace format, is written from the article without them and without the desk's
 * rejected suggestions and accepted findings.
 */
export function exportArticle(article: Article, format: ExportFormat, ctx: ExportContext): ExportedFile {
  const base = /^[a-z0-9](?:[a-z0-9-]{0,59})$/.test(article.slug) ? article.slug : slugify(article.slug || article.headline)
  const { suffix, mediaType } = FILES[format]
  const text = ((): string => {
    switch (format) {
      case 'nitf':
        return writeNitf(article, ctx)
      case 'ninjs':
        return writeNinjs(article, ctx, '2.1')
      case 'ninjs3':
        return writeNinjs(article, ctx, '3.1')
      case 'md':
        return writeArticleMarkdown(exportableArticle(article))
      case 'html':
        return writeHtml(article, ctx)
      case 'txt':
        return writePlainText(article, ctx)
      case 'quotes-csv':
        return writeQuoteSheetCsv([article], ctx)
      case 'entities-csv':
        return writeEntityIndexCsv([article], ctx)
    }
  })()
  return { fileName: base + suffix, mediaType, text }
}
