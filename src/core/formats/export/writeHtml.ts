import type { Article } from '../../model/Article'
import { articleJsonLd } from './articleJsonLd'
import { datelineText } from './datelineText'
import { escapeXml } from './escapeXml'
import { exportableArticle } from './exportableArticle'
import type { ExportContext } from './ExportContext'
import { isLanguageTag } from './isLanguageTag'
import { joinNames } from './joinNames'
import { parseIsoDate } from './parseIsoDate'
import { writeBodyHtml } from './writeBodyHtml'
import { xmlAttrs } from './xmlAttrs'

/** Quiet reading styles; q gets no generated quotation marks because the text has its own. */
const STYLE = `body{font-family:Georgia,'Source Serif 4',serif;line-height:1.55;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}
h1{line-height:1.2}.standfirst{font-size:1.15em}.byline,.dateline,figcaption,.credits{color:#555;font-size:.9em}
figure{margin:1.5rem 0}img{max-width:100%;height:auto}q{quotes:none}q::before,q::after{content:none}
.credit{display:block}.disclosure{display:block;font-weight:bold}`

/** JSON for a <script> element: `<`, and the line separators some parsers choke on, escaped. */
const scriptJson = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')

function figure(article: Article): string[] {
  return article.photos.map((photo) => {
    const v = (text: string | undefined): string | undefined => text?.trim() || undefined
    const img = v(photo.file) ? `<img${xmlAttrs([['src', v(photo.file)], ['alt', photo.altText?.trim() ?? '']])}>` : ''
    const caption = [
      v(photo.caption) ? escapeXml(v(photo.caption)!) : '',
      v(photo.disclosure) ? `<span class="disclosure">${escapeXml(v(photo.disclosure)!)}</span>` : '',
      `<span class="credit">${escapeXml(photo.creditLine)}</span>`
    ].filter(Boolean)
    return `<figure>${img}<figcaption>${caption.join(' ')}</figcaption></figure>`
  })
}

/**
 * The article as one clean, standalone HTML file: no scripts to run, no external resources,
 * styles inline. A header with headline, standfirst, byline and dateline; photos as figures
 * with caption, disclosure and credit line; the body (writeBodyHtml) with tags as
 * `<span data-entity …>` and `<q data-speaker …>`; corrections in a footer; and schema.org
 * NewsArticle JSON-LD (articleJsonLd) in the head. Notes are never exported.
 */
export function writeHtml(input: Article, ctx: ExportContext): string {
  const article = exportableArticle(input)
  const lang = isLanguageTag(article.language) ? article.language : 'en'
  const title = article.headline || article.slug
  const header: string[] = []
  if (article.headline) header.push(`<h1>${escapeXml(article.headline)}</h1>`)
  if (article.standfirst?.trim()) header.push(`<p class="standfirst">${escapeXml(article.standfirst.trim())}</p>`)
  const by = joinNames(article.bylines)
  if (by) header.push(`<p class="byline">By ${escapeXml(by)}</p>`)
  const dateline = datelineText(article.dateline)
  if (dateline) {
    const date = parseIsoDate(article.dateline?.date)?.date
    const shown = escapeXml(dateline)
    header.push(`<p class="dateline">${date ? `<time datetime="${date}">${shown}</time>` : shown}</p>`)
  }
  const corrections = (article.corrections ?? []).map((c) => `<p class="correction">Correction (${escapeXml(c.date)}): ${escapeXml(c.note)}</p>`)
  const lines = [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Copydesk">',
    `<title>${escapeXml(title)}</title>`,
    ...(article.standfirst?.trim() ? [`<meta${xmlAttrs([['name', 'description'], ['content', article.standfirst.trim()]])}>`] : []),
    `<style>\n${STYLE}\n</style>`,
    `<script type="application/ld+json">\n${scriptJson(articleJsonLd(article, ctx))}\n</script>`,
    '</head>',
    '<body>',
    '<article>',
    ...(header.length ? ['<header>', ...header, '</header>'] : []),
    ...figure(article),
    writeBodyHtml(article.body, ctx),
    ...(corrections.length ? ['<footer class="credits">', ...corrections, '</footer>'] : []),
    '</article>',
    '</body>',
    '</html>'
  ].filter((l) => l !== '')
  return `${lines.join('\n')}\n`
}
