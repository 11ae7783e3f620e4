import type { Article } from '../../model/Article'
import { collectMentions } from './collectMentions'
import { datelineText } from './datelineText'
import { escapeXml } from './escapeXml'
import { exportableArticle } from './exportableArticle'
import type { ExportContext } from './ExportContext'
import { formatDatelineDate } from './formatDatelineDate'
import { isLanguageTag } from './isLanguageTag'
import { nitfDate } from './nitfDate'
import { nitfEntityOpen } from './nitfEntityOpen'
import { COPYDESK_NS, MEDIATOPIC_IDSRC, NITF_NS, SOURCE_IDSRC } from './nitfVocabulary'
import { originatingSources } from './originatingSources'
import { writeNitfBlocks } from './writeNitfBlocks'
import { writeNitfMedia } from './writeNitfMedia'
import { xmlAttrs } from './xmlAttrs'

const indent = (lines: string[], by = '  '): string[] => lines.map((l) => by + l)
const wrap = (open: string, close: string, lines: string[]): string[] => (lines.length ? [open, ...indent(lines), close] : [])

function head(article: Article, ctx: ExportContext): string[] {
  const docdata: string[] = []
  for (const c of article.corrections ?? []) {
    docdata.push(`<correction${xmlAttrs([['info', `${c.date}: ${c.note}`]])}/>`)
  }
  docdata.push(`<doc-id${xmlAttrs([['regsrc', 'Copydesk'], ['id-string', article.id]])}/>`)
  const issued = nitfDate(article.updatedAt)
  if (issued) docdata.push(`<date.issue norm="${issued}"/>`)
  const release = nitfDate(article.embargo)
  if (release) docdata.push(`<date.release norm="${release}"/>`)
  if (article.editorNote?.trim()) docdata.push(`<ed-msg${xmlAttrs([['msg-type', 'editor-note'], ['info', article.editorNote.trim()]])}/>`)
  const subjects = article.subjects ?? []
  const keywords = subjects.map((s) => `<keyword${xmlAttrs([['key', s.name || s.code]])}/>`)
  docdata.push(...wrap('<key-list>', '</key-list>', keywords))
  const identified: string[] = []
  for (const s of subjects) {
    const topic = /^medtop:(\d+)$/.exec(s.code)
    const code: Array<[string, string]> = topic ? [['idsrc', MEDIATOPIC_IDSRC], ['value', topic[1]!]] : [['value', s.code]]
    identified.push(`<classifier${xmlAttrs([['type', 'subject'], ...code])}>${escapeXml(s.name)}</classifier>`)
  }
  for (const m of collectMentions(article.body, ctx)) {
    const { name, open } = nitfEntityOpen(m.id, m.type, ctx)
    identified.push(`${open}${escapeXml(m.name)}</${name}>`)
  }
  docdata.push(...wrap('<identified-content>', '</identified-content>', identified))
  const status = release ? ' management-status="embargoed"' : ''
  return wrap('<head>', '</head>', [
    ...(article.headline ? [`<title>${escapeXml(article.headline)}</title>`] : []),
    ...wrap(`<docdata${status}>`, '</docdata>', docdata)
  ])
}

function bodyHead(article: Article, ctx: ExportContext): string[] {
  const lines: string[] = []
  if (article.headline) lines.push(`<hedline><hl1>${escapeXml(article.headline)}</hl1></hedline>`)
  for (const c of article.corrections ?? []) {
    lines.push(`<note noteclass="editorsnote" type="pa"><body.content><p>${escapeXml(`Correction (${c.date}): ${c.note}`)}</p></body.content></note>`)
  }
  for (const name of article.bylines ?? []) {
    const by = name.trim().replace(/^by\s+/i, '')
    if (by) lines.push(`<byline>By <person>${escapeXml(by)}</person></byline>`)
  }
  const wires = originatingSources(article, ctx).filter((s) => s.type === 'wire')
  if (wires.length) {
    const orgs = wires.map((s) => `<org${xmlAttrs([['idsrc', SOURCE_IDSRC], ['value', s.id]])}>${escapeXml(s.name)}</org>`)
    lines.push(`<distributor>${orgs.join(', ')}</distributor>`)
  }
  if (datelineText(article.dateline)) {
    const place = article.dateline?.place?.trim()
    const shown = formatDatelineDate(article.dateline?.date)
    const norm = nitfDate(article.dateline?.date)
    const date = shown ? `<story.date${xmlAttrs([['norm', norm]])}>${escapeXml(shown)}</story.date>` : ''
    lines.push(`<dateline>${place ? `<location>${escapeXml(place)}</location>` : ''}${place && date ? ', ' : ''}${date}</dateline>`)
  }
  if (article.standfirst?.trim()) lines.push(`<abstract><p>${escapeXml(article.standfirst.trim())}</p></abstract>`)
  return wrap('<body.head>', '</body.head>', lines)
}

/**
 * The article as an IPTC NITF 3.6 document (valid against nitf-3-6.xsd). Head: title, docdata
 * (doc-id, date.issue, date.release and management-status for an embargo, ed-msg for the
 * editor's note, corrections, key-list and identified-content with subjects and every entity
 * mentioned). body.head: hedline, corrections as a publishable note, bylines, the wire sources
 * as distributor, dateline, the standfirst as abstract. body.content: one media block per photo
 * (credit line as media-producer), then the body with inline entities, quotes and
 * attributions. Notes are never exported. docs/export-mapping.md lists every field.
 */
export function writeNitf(input: Article, ctx: ExportContext): string {
  const article = exportableArticle(input)
  const lang = isLanguageTag(article.language) ? article.language : 'en'
  const content = [...article.photos.flatMap(writeNitfMedia), ...writeNitfBlocks(article.body.content, ctx)]
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<nitf${xmlAttrs([['xmlns', NITF_NS], ['xmlns:cd', COPYDESK_NS], ['version', '-//IPTC//DTD NITF 3.6//EN'], ['baselang', lang]])}>`,
    ...indent(head(article, ctx)),
    `  <body xml:lang="${lang}">`,
    ...indent(bodyHead(article, ctx), '    '),
    ...indent(content.length ? wrap('<body.content>', '</body.content>', content) : ['<body.content/>'], '    '),
    '  </body>',
    '</nitf>'
  ]
  return `${lines.join('\n')}\n`
}
