import { XMLSerializer, type Element } from '@xmldom/xmldom'
import type { Correction, Dateline, ParsedArticle, Photo, Subject } from '../../model/Article'
import { isTagId } from '../../model/isTagId'
import { slugify } from '../../model/slugify'
import type { HtmlNodeLike } from '../html/HtmlNodeLike'
import { readHtml } from '../html/readHtml'
import { ImportError } from '../ImportError'
import { readPlainText } from '../plainText/readPlainText'
import { normDateOnly, normDateToIso } from './nitfDate'
import { parseXml } from './parseXml'
import { entityIdOf, NitfBodyReader, type NitfBodyContext } from './readNitfBody'
import { readNitfMedia } from './readNitfMedia'
import { isIptcTopic, subjectCode } from './subjectCode'
import { attr, child, childElements, children, descendant, descendants, localName, textOf } from './xmlNodes'

export interface XmlReaderDeps {
  /** Fresh quote ids (a ULID factory in the app and CLI); without one, quotes are numbered q-1, q-2… */
  newId?: () => string
  /** Sanitises and parses HTML (DOMPurify in main): NewsML-G2 items may carry XHTML instead of NITF. */
  parseSanitizedHtml?: (html: string) => HtmlNodeLike
}

/** NewsML-G2 root elements that can carry a text item. */
const G2_ROOTS = new Set(['newsItem', 'newsMessage', 'packageItem'])

const collapse = (s: string): string => s.replace(/[ \t\n\r\f\v]+/g, ' ').trim()
const sameName = (a: string, b: string): boolean => collapse(a).toLowerCase() === collapse(b).toLowerCase()

function quoteIdFactory(deps: XmlReaderDeps): () => string {
  let n = 0
  return deps.newId ?? (() => `q-${++n}`)
}

/**
 * Editor's notes not for publication are metadata; other notes are article text. A publishable
 * one (`type="pa"`, as Copydesk writes its corrections) is not an editor's note.
 */
function isEditorsNote(note: Element): boolean {
  const cls = (attr(note, 'noteclass') ?? '').toLowerCase()
  const type = (attr(note, 'type') ?? '').toLowerCase()
  return type === 'npa' || (type !== 'pa' && (cls === 'editorsnote' || cls === 'hint'))
}

/** Corrections as Copydesk's export writes them: `docdata/correction/@info` = `date: note`. */
function readCorrections(docdata: Element | null): Correction[] {
  return children(docdata, 'correction').flatMap((c): Correction[] => {
    const info = attr(c, 'info')
    if (!info) return []
    const m = /^(\d{4}-\d{2}-\d{2}(?:T[^\s:]*(?::[^\s:]*)*)?):\s*(.+)$/s.exec(info)
    return [m ? { date: m[1]!, note: m[2]!.trim() } : { date: '', note: info }]
  })
}

function bylineText(byline: Element): string {
  const name = textOf(byline, new Set(['byttl']))
    .replace(/^by\s+/i, '')
    .replace(/[\s,;]+$/, '')
  return name || textOf(child(byline, 'byttl'))
}

function readDateline(el: Element | null): Dateline | undefined {
  if (!el) return undefined
  const date = normDateOnly(attr(child(el, 'story.date'), 'norm'))
  const location = child(el, 'location')
  let place = location ? textOf(location) : textOf(el, new Set(['story.date']))
  // "MOSCOW, June 24" as plain text: the part after the last comma is the date, when it has a number.
  if (!location && !child(el, 'story.date')) place = /^(.+?),\s*[^,]*\d[^,]*$/.exec(place)?.[1] ?? place
  place = place.replace(/[\s,;:–—-]+$/, '')
  if (!place && !date) return undefined
  return { ...(place ? { place } : {}), ...(date ? { date } : {}) }
}

function readSubjects(head: Element | null): Subject[] {
  const subjects: Subject[] = []
  const add = (code: string | null, name: string): void => {
    if (code && !subjects.some((s) => s.code === code)) subjects.push({ code, name })
  }
  for (const s of descendants(child(head, 'tobject'), 'tobject.subject')) {
    const ref = attr(s, 'tobject.subject.refnum')
    const name = attr(s, 'tobject.subject.detail') ?? attr(s, 'tobject.subject.matter') ?? attr(s, 'tobject.subject.type') ?? ''
    add(ref ? subjectCode(ref, 'subj') : null, name)
  }
  for (const c of descendants(child(child(head, 'docdata'), 'identified-content'), 'classifier')) {
    const value = attr(c, 'value')
    const type = (attr(c, 'type') ?? '').toLowerCase()
    if (!value || (type && type !== 'subject')) continue
    const source = attr(c, 'idsrc') ?? ''
    let code = subjectCode(value, /mediatopic|medtop/i.test(source) ? 'medtop' : 'subj')
    if (!code.includes(':') && /mediatopic|medtop/i.test(source)) code = `medtop:${code}`
    // A classifier typed as a subject is one whatever its vocabulary; an untyped one only when it is an IPTC topic.
    if (type === 'subject' || isIptcTopic(code)) add(code, textOf(c))
  }
  return subjects
}

function readEmbargo(docdata: Element | null): string | undefined {
  const status = attr(docdata, 'management-status')?.toLowerCase()
  const release = normDateToIso(attr(child(docdata, 'date.release'), 'norm'))
  if (!release) return undefined
  if (status === 'embargoed') return release
  if (status) return undefined
  // Without a status, a release date after the issue date holds the story back: an embargo.
  const issue = normDateToIso(attr(child(docdata, 'date.issue'), 'norm'))
  return issue && Date.parse(release) > Date.parse(issue) ? release : undefined
}

/** Reads one `nitf` element (the document root, or one carried inside NewsML). */
export function readNitfElement(nitf: Element, deps: XmlReaderDeps = {}): ParsedArticle {
  const head = child(nitf, 'head')
  const body = child(nitf, 'body')
  const bodyHead = child(body, 'body.head')
  const docdata = child(head, 'docdata')
  const photos: Photo[] = []
  const notes: string[] = []

  // The people named anywhere in the body, so a q's quote-source can be matched to one of them.
  const people: { id: string; name: string }[] = []
  for (const el of descendants(body, 'person')) {
    const id = entityIdOf(el)
    if (id) people.push({ id, name: textOf(el) })
  }
  const ctx: NitfBodyContext = {
    newQuoteId: quoteIdFactory(deps),
    speakerFor(source) {
      if (!source.trim()) return null
      const person = people.find((p) => p.id === source.trim() || sameName(p.name, source))
      if (person) return person.id
      const slug = slugify(source)
      return /[\p{L}\p{N}]/u.test(source) && isTagId(slug) ? slug : null
    },
    onMedia(media) {
      const photo = readNitfMedia(media)
      if (photo) photos.push(photo)
    },
    onNote(note) {
      if (!isEditorsNote(note)) return false
      const text = textOf(note)
      if (text) notes.push(text)
      return true
    }
  }

  const hedline = child(bodyHead, 'hedline')
  const headline = textOf(child(hedline, 'hl1')) || textOf(child(head, 'title'))
  const deck = children(hedline, 'hl2').map((h) => textOf(h)).filter(Boolean).join(' ')
  const summary = children(bodyHead, 'abstract').map((a) => textOf(a)).filter(Boolean).join(' ')
  const custom: Record<string, string> = {}
  // The deck (hl2) is the standfirst; an abstract is one only when there is no deck.
  if (deck && summary && !sameName(deck, summary)) custom.Abstract = summary
  const standfirst = deck || summary

  const bylines = children(bodyHead, 'byline').map(bylineText).filter(Boolean)
  const dateline = readDateline(child(bodyHead, 'dateline'))
  const sources: string[] = []
  for (const distributor of children(bodyHead, 'distributor')) {
    const orgs = children(distributor, 'org')
    const ids = orgs.length ? orgs.map(entityIdOf) : [slugify(textOf(distributor))]
    for (const id of ids) if (id && id !== 'untitled' && !sources.includes(id)) sources.push(id)
  }
  for (const note of children(bodyHead, 'note')) ctx.onNote(note)
  for (const media of descendants(bodyHead, 'media')) ctx.onMedia(media)
  const edMessage = attr(child(docdata, 'ed-msg'), 'info')
  if (edMessage) notes.unshift(edMessage)

  const reader = new NitfBodyReader(ctx)
  for (const part of [...children(body, 'body.content'), ...children(body, 'body.end')]) {
    reader.container(part)
    reader.flush()
  }

  const subjects = readSubjects(head)
  const language = attr(nitf, 'xml:lang') ?? attr(body, 'xml:lang') ?? attr(nitf, 'baselang') ?? attr(child(body, 'body.content'), 'xml:lang')
  const embargo = readEmbargo(docdata)
  const corrections = readCorrections(docdata)
  return {
    headline,
    ...(standfirst ? { standfirst } : {}),
    ...(bylines.length ? { bylines } : {}),
    ...(dateline ? { dateline } : {}),
    ...(language ? { language } : {}),
    ...(subjects.length ? { subjects } : {}),
    ...(embargo ? { embargo } : {}),
    ...(notes.length ? { editorNote: notes.join(' ') } : {}),
    ...(corrections.length ? { corrections } : {}),
    photos,
    sources,
    custom,
    extra: {},
    body: { type: 'doc', content: reader.target }
  }
}

/** An XHTML body carried in NewsML-G2, through the same sanitiser as any HTML import. */
function readXhtml(el: Element, deps: XmlReaderDeps): ParsedArticle {
  if (!deps.parseSanitizedHtml) throw new ImportError('This NewsML-G2 item carries XHTML, which needs the HTML sanitiser')
  return readHtml(deps.parseSanitizedHtml(new XMLSerializer().serializeToString(el)))
}

/** Fills what the article itself left empty from a NewsML-G2 item's metadata. */
function withG2Metadata(article: ParsedArticle, item: Element): ParsedArticle {
  const meta = child(item, 'contentMeta')
  const itemMeta = child(item, 'itemMeta')
  const out: ParsedArticle = { ...article }
  if (!out.headline) out.headline = textOf(child(meta, 'headline'))
  if (!out.standfirst) {
    const descriptions = children(meta, 'description')
    const summary = descriptions.find((d) => /summary|abstract/i.test(attr(d, 'role') ?? '')) ?? descriptions.find((d) => !attr(d, 'role'))
    const text = textOf(summary)
    if (text) out.standfirst = text
  }
  if (!out.bylines?.length) {
    const by = children(meta, 'by').map((b) => textOf(b).replace(/^by\s+/i, '')).filter(Boolean)
    if (by.length) out.bylines = by
  }
  if (!out.dateline) {
    const located = child(meta, 'located')
    const qcodeName = attr(located, 'qcode')?.replace(/^[^:]*:/, '') ?? ''
    const place = textOf(child(located, 'name')) || (/^[\p{L} .'-]+$/u.test(qcodeName) ? qcodeName : '')
    if (place) out.dateline = { place }
  }
  const subjects = [...(out.subjects ?? [])]
  for (const s of children(meta, 'subject')) {
    const code = subjectCode(attr(s, 'qcode') ?? attr(s, 'uri') ?? '', 'medtop')
    if (isIptcTopic(code) && !subjects.some((x) => x.code === code)) subjects.push({ code, name: textOf(child(s, 'name')) })
  }
  if (subjects.length) out.subjects = subjects
  if (!out.language) {
    const language = attr(child(meta, 'language'), 'tag') ?? attr(item, 'xml:lang')
    if (language) out.language = language
  }
  if (!out.embargo) {
    const embargo = normDateToIso(textOf(child(itemMeta, 'embargoed')))
    if (embargo) out.embargo = embargo
  }
  if (!out.editorNote) {
    const note = children(itemMeta, 'edNote').map((n) => textOf(n)).filter(Boolean).join(' ')
    if (note) out.editorNote = note
  }
  const sources = [...out.sources]
  for (const info of children(meta, 'infoSource')) {
    if (!/originat/i.test(attr(info, 'role') ?? '')) continue
    const name = textOf(child(info, 'name')) || attr(info, 'literal') || attr(info, 'qcode')?.replace(/^[^:]*:/, '') || ''
    const id = name ? slugify(name) : ''
    if (id && id !== 'untitled' && !sources.includes(id)) sources.push(id)
  }
  out.sources = sources
  return out
}

/** One NewsML-G2 news item as an article: its inline NITF, else XHTML, else plain text; null when it has none. */
function readG2Item(item: Element, deps: XmlReaderDeps): ParsedArticle | null {
  const contentSet = child(item, 'contentSet')
  const inline = children(contentSet, 'inlineXML')
  let article: ParsedArticle | null = null
  for (const x of inline) {
    const nitf = child(x, 'nitf')
    if (nitf) {
      article = readNitfElement(nitf, deps)
      break
    }
  }
  if (!article) {
    const xhtml = inline.flatMap((x) => childElements(x)).find((e) => ['html', 'body', 'div', 'article', 'section', 'p'].includes(localName(e)))
    if (xhtml) article = readXhtml(xhtml, deps)
  }
  if (!article) {
    const data = children(contentSet, 'inlineData').find((d) => /^(text\/plain)?$/i.test(attr(d, 'contenttype') ?? '') && !attr(d, 'encoding'))
    const text = data?.textContent ?? ''
    if (text.trim()) article = readPlainText(text)
  }
  return article && withG2Metadata(article, item)
}

function readNewsMlG2(root: Element, deps: XmlReaderDeps): ParsedArticle {
  const items = localName(root) === 'newsItem' ? [root] : descendants(root, 'newsItem')
  for (const item of items) {
    const article = readG2Item(item, deps)
    if (article) return article
  }
  if (localName(root) === 'packageItem' && !items.length) {
    throw new ImportError('This NewsML-G2 package only refers to its news items; open the news items themselves')
  }
  throw new ImportError('This NewsML-G2 file carries no article text (no inline NITF, XHTML or plain text)')
}

/**
 * Reads a NITF 3.x document (with or without the NITF namespace) or a NewsML-G2 item or message
 * carrying NITF in inlineXML (NewsML 1 envelopes with NITF inside read too). Untrusted input:
 * see parseXml for what is refused. Inline person/org/location/event/object.title become entity
 * marks, `q` quote marks with fresh ids (XmlReaderDeps.newId), media blocks photos.
 */
export function readNitf(text: string, deps: XmlReaderDeps = {}): ParsedArticle {
  const root = parseXml(text)
  const name = localName(root)
  const nested = name === 'nitf' || G2_ROOTS.has(name) ? null : descendant(root, 'nitf')
  let article: ParsedArticle
  if (name === 'nitf') article = readNitfElement(root, deps)
  else if (G2_ROOTS.has(name)) article = readNewsMlG2(root, deps)
  else if (nested) article = readNitfElement(nested, deps)
  else throw new ImportError(`This XML file is neither NITF nor NewsML-G2 (its root element is <${name.slice(0, 40)}>)`)
  if (!article.headline && !article.body.content.length) throw new ImportError('The file has no headline and no text')
  return article
}
