import type { Correction, Dateline, ParsedArticle, Photo, Subject } from '../../model/Article'
import type { NodeJSON } from '../../model/DocJSON'
import type { EntityType } from '../../model/EntityType'
import { isTagId } from '../../model/isTagId'
import { normalizeInline } from '../../model/normalizeInline'
import { parseCreditLine } from '../../model/parseCreditLine'
import { slugify } from '../../model/slugify'
import type { HtmlNodeLike } from '../html/HtmlNodeLike'
import { readHtml } from '../html/readHtml'
import { ImportError } from '../ImportError'
import { normDateToIso } from '../nitf/nitfDate'
import { photoFieldFor, setPhotoField } from '../nitf/photoFields'
import { readNitf } from '../nitf/readNitf'
import { subjectCode } from '../nitf/subjectCode'
import { splitParagraphs } from '../plainText/splitParagraphs'
import { tagNames, type NamedEntity } from './tagNames'

export interface NinjsReaderDeps {
  /** Sanitises and parses HTML (DOMPurify in main): every HTML body and headline goes through it. */
  parseSanitizedHtml(html: string): HtmlNodeLike
  /** Fresh quote ids, for a body carried as NITF. */
  newId?: () => string
}

type Json = Record<string, unknown>

/** ninjs JSON is small; a larger file is no news item. */
export const MAX_NINJS_CHARS = 10 * 1024 * 1024

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined)
const collapse = (s: string): string => s.replace(/[ \t\n\r\f\v]+/g, ' ').trim()

/**
 * A property under any of its spellings: ninjs 1.x and 2.x write lowercase names
 * (`versioncreated`, `infosources`), 3.x camelCase (`versionCreated`, `infoSources`), and
 * 1.x singular lists (`person`, `subject`).
 */
function prop(o: Json, ...names: string[]): unknown {
  for (const name of names) if (o[name] !== undefined && o[name] !== null) return o[name]
  const folded = new Map(Object.keys(o).map((k) => [k.toLowerCase(), k]))
  for (const name of names) {
    const key = folded.get(name.toLowerCase())
    if (key !== undefined && o[key] !== undefined && o[key] !== null) return o[key]
  }
  return undefined
}

const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isRecord) : isRecord(v) ? Object.values(v).filter(isRecord) : [])

/** A text/plain, text/html or application/xhtml+xml value as the content type says. */
interface Typed {
  role: string
  type: string
  value: string
}

function typedValues(v: unknown): Typed[] {
  return list(v)
    .map((o) => ({ role: (str(o.role) ?? '').toLowerCase(), type: (str(prop(o, 'contentType', 'contenttype')) ?? '').toLowerCase(), value: typeof o.value === 'string' ? o.value : '' }))
    .filter((t) => t.value.trim())
}

/** ninjs 1.x keeps bodies and descriptions as `body_html`, `description_text`… : their suffix is the format. */
function suffixed(o: Json, prefix: string): Typed[] {
  return Object.keys(o)
    .filter((k) => k.toLowerCase().startsWith(`${prefix}_`) && typeof o[k] === 'string' && (o[k] as string).trim())
    .map((k) => {
      const suffix = k.slice(prefix.length + 1).toLowerCase()
      const type = /x?html|xhtml/.test(suffix) ? 'text/html' : /nitf|xml/.test(suffix) ? 'application/nitf+xml' : 'text/plain'
      return { role: suffix, type, value: o[k] as string }
    })
}

const isHtml = (t: Typed): boolean => /html/.test(t.type) || (!t.type && /^\s*</.test(t.value))
const isNitf = (t: Typed): boolean => /nitf/.test(t.type)

function plainOf(t: Typed, deps: NinjsReaderDeps): string {
  if (!isHtml(t)) return collapse(t.value)
  return collapse(deps.parseSanitizedHtml(t.value).textContent ?? '')
}

/** The text blocks of a plain-text body: one paragraph per line, or per blank-line block when hard-wrapped. */
function plainBlocks(text: string): NodeJSON[] {
  return splitParagraphs(text.replace(/\r\n?/g, '\n').split('\n')).flatMap((p): NodeJSON[] => {
    const content = normalizeInline([{ type: 'text', text: p }], true)
    return content.length ? [{ type: 'paragraph', content }] : []
  })
}

/** Main bodies first (no role, or main/html/richtext), then markup over plain text. */
function pickBody(bodies: Typed[]): Typed | undefined {
  const mainRole = (t: Typed): boolean => !t.role || /^(main|body|html|xhtml|richtext|text|nitf)$/.test(t.role)
  const score = (t: Typed): number => (mainRole(t) ? 4 : 0) + (isNitf(t) ? 2 : isHtml(t) ? 2 : 0)
  return [...bodies].sort((a, b) => score(b) - score(a))[0]
}

const ENTITY_LISTS: [string[], EntityType][] = [
  [['people', 'person'], 'person'],
  [['organisations', 'organisation', 'organizations'], 'organization'],
  [['places', 'place'], 'place'],
  [['events', 'event'], 'event'],
  [['objects', 'object'], 'other']
]

const SLUG_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function entityId(o: Json, name: string): string | null {
  const literal = str(o.literal) ?? str(o.code)
  if (literal && SLUG_ID.test(literal) && isTagId(literal)) return literal
  const slug = slugify(name)
  return isTagId(slug) && slug !== 'untitled' ? slug : null
}

function readEntities(item: Json): NamedEntity[] {
  const out: NamedEntity[] = []
  for (const [names, type] of ENTITY_LISTS) {
    for (const o of list(prop(item, ...names))) {
      const name = str(o.name)
      const id = name && entityId(o, name)
      if (name && id) out.push({ name: collapse(name), entityId: id, type })
    }
  }
  return out
}

function readSubjects(item: Json): Subject[] {
  const out: Subject[] = []
  for (const o of list(prop(item, 'subjects', 'subject'))) {
    const scheme = str(o.scheme)
    const code = str(o.code)
    const raw = str(o.uri) ?? str(o.literal) ?? (scheme && code ? `${scheme.replace(/\/?$/, '/')}${code}` : code)
    if (!raw) continue
    const value = subjectCode(raw, /mediatopic/i.test(scheme ?? '') ? 'medtop' : 'subj')
    if (!out.some((s) => s.code === value)) out.push({ code: value, name: str(o.name) ?? '' })
  }
  return out
}

/** infosources whose role names the originating source (`originatingsource`, `…/infosourcerole/originatingsource`). */
function readSources(item: Json): string[] {
  const out: string[] = []
  for (const o of list(prop(item, 'infoSources', 'infosources', 'infosource'))) {
    const role = `${str(o.role) ?? ''} ${str(o.rel) ?? ''}`
    if (!/originat/i.test(role)) continue
    const name = str(o.name) ?? str(o.literal)
    const literal = str(o.literal)
    const id = literal && SLUG_ID.test(literal) && isTagId(literal) ? literal : name ? slugify(name) : ''
    if (id && id !== 'untitled' && !out.includes(id)) out.push(id)
  }
  return out
}

const isPicture = (o: Json): boolean => {
  const type = (str(o.type) ?? '').toLowerCase()
  if (type) return type === 'picture' || type === 'graphic' || type === 'image'
  return list(o.renditions).some((r) => /^image\//i.test(str(prop(r, 'contentType', 'contenttype', 'mimetype')) ?? ''))
}

/**
 * An associated picture as a photo. ninjs has no credit-line property, so the credit line is
 * read from where writers put it: an infosource with a credit role (Copydesk's own export), a
 * non-standard `creditline`/`credit` property, else the copyright holder. The rest maps to the
 * IPTC fields of the same meaning.
 */
function readPhoto(o: Json, deps: NinjsReaderDeps): Photo | null {
  const credits = list(prop(o, 'infoSources', 'infosources', 'infosource'))
  const roleOf = (s: Json): string => `${str(s.role) ?? ''} ${str(s.rel) ?? ''}`.trim()
  const creditSource = credits.find((s) => /credit/i.test(roleOf(s)))
  const credit = str(creditSource?.name) ?? str(prop(o, 'creditline', 'creditLine', 'credit'))
  // Parts given as infosources of their own (Copydesk's export) say what the line holds; else it is split the usual way.
  const explicitParts = credits.some((s) => ['photographer', 'agency', 'distributor'].includes(photoFieldFor(roleOf(s)) ?? ''))
  const photo: Photo = credit && !explicitParts ? parseCreditLine(credit) : { creditLine: credit ?? '' }
  const descriptions = [...typedValues(prop(o, 'descriptions')), ...suffixed(o, 'description')]
  for (const d of descriptions) {
    const role = d.role.replace(/^description_?/, '')
    const field = !role || role === 'text' || role === 'html' ? 'caption' : photoFieldFor(role)
    if (field && field !== 'creditLine') setPhotoField(photo, field, plainOf(d, deps))
  }
  const body = typedValues(prop(o, 'bodies'))[0]
  if (body) setPhotoField(photo, 'caption', plainOf(body, deps))
  setPhotoField(photo, 'creator', str(prop(o, 'by', 'byline')))
  setPhotoField(photo, 'copyrightOwner', str(prop(o, 'copyrightHolder', 'copyrightholder')))
  setPhotoField(photo, 'copyrightNotice', str(prop(o, 'copyrightNotice', 'copyrightnotice')))
  setPhotoField(photo, 'usageTerms', str(prop(o, 'usageTerms', 'usageterms')))
  setPhotoField(photo, 'dateCreated', str(prop(o, 'contentCreated', 'contentcreated')))
  const rights = prop(o, 'rightsInfo', 'rightsinfo')
  if (isRecord(rights)) setPhotoField(photo, 'webStatement', str(prop(rights, 'linkedRights', 'linkedrights')) ?? str(prop(rights, 'encodedRights', 'encodedrights')))
  const digital = prop(o, 'digitalSourceType', 'digitalsourcetype')
  setPhotoField(photo, 'digitalSourceType', isRecord(digital) ? str(digital.uri) : str(digital))
  for (const a of list(prop(o, 'altIds', 'altids'))) if (/file/i.test(str(a.role) ?? '')) setPhotoField(photo, 'file', str(a.value))
  for (const r of list(o.renditions)) setPhotoField(photo, 'file', str(r.href))
  // Other infosources with a role that names a photo field (photographer, licensor…).
  for (const s of credits) {
    const field = photoFieldFor(roleOf(s))
    if (field && field !== 'creditLine') setPhotoField(photo, field, str(s.name), true)
  }
  if (!photo.creditLine && photo.copyrightOwner) photo.creditLine = photo.copyrightOwner
  return Object.values(photo).some(Boolean) ? photo : null
}

function readBody(item: Json, deps: NinjsReaderDeps): { blocks: NodeJSON[]; heading?: string; nitf?: ParsedArticle } {
  const body = pickBody([...typedValues(prop(item, 'bodies')), ...suffixed(item, 'body')])
  if (!body) return { blocks: [] }
  if (isNitf(body)) {
    const nitf = readNitf(body.value, deps)
    return { blocks: nitf.body.content, nitf }
  }
  if (isHtml(body)) {
    // Copydesk's own body HTML brings its entity, quote and attribution tags back (readHtml).
    const parsed = readHtml(deps.parseSanitizedHtml(body.value))
    return { blocks: parsed.body.content, heading: parsed.headline || undefined }
  }
  return { blocks: plainBlocks(body.value) }
}

function parseJson(text: string): unknown {
  if (text.length > MAX_NINJS_CHARS) throw new ImportError('The JSON file is larger than 10 MB; a ninjs news item is far smaller, so it is not read')
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''))
  } catch (error) {
    const message = error instanceof Error ? error.message.slice(0, 200) : String(error)
    throw new ImportError(`The file is not valid JSON: ${message}`)
  }
}

/** True when a parsed JSON value has the shape of a ninjs news item (any version). */
export function looksLikeNinjs(value: unknown): value is Json {
  if (!isRecord(value)) return false
  const keys = Object.keys(value).map((k) => k.toLowerCase())
  const content = keys.some((k) => k === 'headline' || k === 'headlines' || k === 'bodies' || k.startsWith('body_'))
  return content && (keys.includes('uri') || keys.includes('type') || keys.includes('versioncreated') || keys.includes('headlines') || keys.includes('bodies'))
}

/**
 * Reads a ninjs news item, versions 1.x (lowercase names, `headline`, `body_html`, `person`…),
 * 2.x (`headlines`, `bodies`, `people`, `infosources`) and 3.x (camelCase: `contentType`,
 * `infoSources`, `copyrightHolder`). HTML bodies and headlines go through the caller's
 * sanitiser; a NITF body through the NITF reader. ninjs has no inline tags, but it lists the
 * people, organisations, places and events the item names: their exact mentions in the body
 * are tagged. Associated pictures become photos; an originating infosource, the source.
 */
export function readNinjs(text: string, deps: NinjsReaderDeps): ParsedArticle {
  const item = parseJson(text)
  if (!isRecord(item)) throw new ImportError('This JSON file is not a ninjs news item (it is not a JSON object)')
  if (!looksLikeNinjs(item)) throw new ImportError('This JSON file is not a ninjs news item (it has no headline or body)')

  const headlines = [...typedValues(prop(item, 'headlines')), ...suffixed(item, 'headline')]
  const single = str(prop(item, 'headline'))
  const main = headlines.find((h) => !h.role || h.role === 'main') ?? headlines.find((h) => !/sub|short|seo|social|teaser/.test(h.role))
  const { blocks, heading, nitf } = readBody(item, deps)
  let headline = single ? collapse(single) : main ? plainOf(main, deps) : ''
  if (!headline) headline = nitf?.headline || heading || collapse(str(prop(item, 'title')) ?? '')
  else if (heading && heading !== headline) blocks.unshift({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: heading }] })

  const descriptions = [...typedValues(prop(item, 'descriptions')), ...suffixed(item, 'description')]
  const sub = headlines.find((h) => /sub|deck|standfirst/.test(h.role))
  const summary = descriptions.find((d) => /summary|abstract|standfirst|teaser|lead/.test(d.role)) ?? descriptions.find((d) => !d.role || d.role === 'text' || d.role === 'html')
  const standfirst = (sub && plainOf(sub, deps)) || (summary && plainOf(summary, deps)) || nitf?.standfirst
  const corrections = descriptions.filter((d) => /correction/.test(d.role)).map((d): Correction => {
    const text = plainOf(d, deps)
    const m = /^(\d{4}-\d{2}-\d{2}\S*):\s*(.+)$/s.exec(text)
    return m ? { date: m[1]!, note: m[2]! } : { date: '', note: text }
  })

  const by = str(prop(item, 'by', 'byline'))
  const bylines = by ? [collapse(by).replace(/^by\s+/i, '')] : (nitf?.bylines ?? [])
  const located = str(prop(item, 'located'))
  const dateline: Dateline | undefined = located ? { place: collapse(located) } : nitf?.dateline
  const language = str(prop(item, 'language'))
  const embargo = normDateToIso(str(prop(item, 'embargoedUntil', 'embargoed')))
  const editorNote = str(prop(item, 'edNote', 'ednote'))
  const subjects = readSubjects(item)
  const sources = readSources(item)
  const photos = [...(nitf?.photos ?? [])]
  for (const a of list(prop(item, 'associations'))) {
    if (!isPicture(a)) continue
    const photo = readPhoto(a, deps)
    if (photo) photos.push(photo)
  }

  if (!headline && !blocks.length) throw new ImportError('The news item has no headline and no text')
  const body = tagNames({ type: 'doc', content: blocks }, readEntities(item))
  return {
    headline,
    ...(standfirst ? { standfirst } : {}),
    ...(bylines.length ? { bylines } : {}),
    ...(dateline ? { dateline } : {}),
    ...(language ? { language } : nitf?.language ? { language: nitf.language } : {}),
    ...(subjects.length ? { subjects } : nitf?.subjects ? { subjects: nitf.subjects } : {}),
    ...(embargo ? { embargo } : {}),
    ...(editorNote ? { editorNote } : {}),
    ...(corrections.length ? { corrections } : nitf?.corrections ? { corrections: nitf.corrections } : {}),
    photos,
    sources: sources.length ? sources : (nitf?.sources ?? []),
    custom: {},
    extra: {},
    body
  }
}
