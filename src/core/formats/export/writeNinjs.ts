import type { Article } from '../../model/Article'
import { countWords } from '../../model/countWords'
import { docToPlainText } from '../../model/docToPlainText'
import type { EntityType } from '../../model/EntityType'
import { articleUri } from './articleUri'
import { collectCitedSources } from './collectCitedSources'
import { collectMentions } from './collectMentions'
import { exportableArticle } from './exportableArticle'
import type { ExportContext } from './ExportContext'
import { isAbsoluteUri } from './isAbsoluteUri'
import { joinNames } from './joinNames'
import { ninjsPhoto } from './ninjsPhoto'
import { originatingSources } from './originatingSources'
import { toDateTime } from './toDateTime'
import { toNinjs21 } from './toNinjs21'
import { wikidataUri } from './wikidataUri'
import { writeBodyHtml } from './writeBodyHtml'

export type NinjsVersion = '2.1' | '3.1'

/** Which ninjs list an entity type goes to. */
const LIST: Record<EntityType, 'people' | 'organisations' | 'places' | 'events' | 'objects'> = {
  person: 'people',
  organization: 'organisations',
  place: 'places',
  event: 'events',
  work: 'objects',
  other: 'objects'
}

const nonEmpty = <T>(key: string, list: T[]): Record<string, T[]> => (list.length ? { [key]: list } : {})
const present = (key: string, value: unknown): Record<string, unknown> => (value === undefined || value === '' ? {} : { [key]: value })

/**
 * The article as a ninjs document (IPTC News in JSON), version 3.1 (camelCase) or 2.1
 * (lower-case names), valid against the official schema: headlines, the standfirst and
 * corrections as descriptions, one HTML body with the inline tags (writeBodyHtml), by,
 * located, subjects (Media Topic URIs), people/organisations/places/events/objects from the
 * entity tags (Wikidata URI when the registry has one, registry id as `literal`), infoSources
 * (the article's sources with role `originating source`, other cited sources with role
 * `source`), the editor's note as edNote, and one association per photo (ninjsPhoto).
 * Notes are never exported. docs/export-mapping.md lists every field.
 */
export function writeNinjs(input: Article, ctx: ExportContext, version: NinjsVersion = '3.1'): string {
  const article = exportableArticle(input)
  const uri = articleUri(article.id)
  const text = docToPlainText(article.body)
  const lists: Record<string, Array<Record<string, unknown>>> = { people: [], organisations: [], places: [], events: [], objects: [] }
  for (const m of collectMentions(article.body, ctx)) {
    lists[LIST[m.type]]!.push({ name: m.name, rel: 'mentions', ...present('uri', wikidataUri(m.wikidata)), literal: m.id })
  }
  const sourceEntry = (id: string, role: string): Record<string, unknown> => {
    const s = ctx.sources.get(id)
    return { name: s?.name ?? id, role, ...present('uri', s?.url && isAbsoluteUri(s.url) ? s.url : undefined), literal: id }
  }
  const own = originatingSources(article, ctx).map((s) => s.id)
  const infoSources = [...own.map((id) => sourceEntry(id, 'originating source')), ...collectCitedSources(article.body).filter((id) => !own.includes(id)).map((id) => sourceEntry(id, 'source'))]
  const subjects = (article.subjects ?? []).map((s) => {
    const topic = /^medtop:(\d+)$/.exec(s.code)
    return { ...present('name', s.name), ...present('uri', topic ? `http://cv.iptc.org/newscodes/mediatopic/${topic[1]}` : undefined), literal: s.code }
  })
  const descriptions = [
    ...(article.standfirst?.trim() ? [{ role: 'summary', value: article.standfirst.trim() }] : []),
    ...(article.corrections ?? []).map((c) => ({ role: 'correction', value: `${c.date}: ${c.note}` }))
  ]
  const ninjs: Record<string, unknown> = {
    uri,
    standard: { name: 'ninjs', version, schema: `http://www.iptc.org/std/ninjs/ninjs-schema_${version}.json#` },
    type: 'text',
    representationType: 'full',
    ...present('firstCreated', toDateTime(article.createdAt)),
    ...present('versionCreated', toDateTime(article.updatedAt)),
    ...present('embargoedUntil', toDateTime(article.embargo)),
    ...present('edNote', article.editorNote?.trim()),
    language: article.language?.trim() || 'en',
    slugline: article.slug,
    ...nonEmpty('headlines', article.headline ? [{ role: 'main', value: article.headline }] : []),
    ...nonEmpty('descriptions', descriptions),
    bodies: [{ role: 'main', contentType: 'text/html', charCount: [...text].length, wordCount: countWords(article.body), value: writeBodyHtml(article.body, ctx) }],
    ...present('by', joinNames(article.bylines)),
    ...present('located', article.dateline?.place?.trim()),
    ...nonEmpty('subjects', subjects),
    ...nonEmpty('people', lists.people!),
    ...nonEmpty('organisations', lists.organisations!),
    ...nonEmpty('places', lists.places!),
    ...nonEmpty('events', lists.events!),
    ...nonEmpty('objects', lists.objects!),
    ...nonEmpty('infoSources', infoSources),
    ...nonEmpty('associations', article.photos.map((p, i) => ninjsPhoto(p, i, uri)))
  }
  return `${JSON.stringify(version === '2.1' ? toNinjs21(ninjs) : ninjs, null, 2)}\n`
}
