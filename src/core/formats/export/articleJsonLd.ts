import type { Article, Photo } from '../../model/Article'
import type { EntityType } from '../../model/EntityType'
import { articleUri } from './articleUri'
import { collectCitedSources } from './collectCitedSources'
import { collectMentions } from './collectMentions'
import type { ExportContext } from './ExportContext'
import { isAbsoluteUri } from './isAbsoluteUri'
import { datelineText } from './datelineText'
import { originatingSources } from './originatingSources'
import { toDateTime } from './toDateTime'
import { wikidataUri } from './wikidataUri'

type Json = Record<string, unknown>

const SCHEMA_TYPE: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  event: 'Event',
  work: 'CreativeWork',
  other: 'Thing'
}

const present = (key: string, value: unknown): Json => (value === undefined || value === '' ? {} : { [key]: value })

function imageObject(photo: Photo): Json {
  const v = (key: keyof Photo): string | undefined => photo[key]?.trim() || undefined
  const creator = v('creator') ?? v('photographer')
  const web = v('webStatement')
  return {
    '@type': 'ImageObject',
    ...present('contentUrl', v('file')),
    ...present('caption', v('caption')),
    ...present('description', v('altText')),
    creditText: photo.creditLine,
    ...(creator ? { creator: { '@type': 'Person', name: creator, ...present('jobTitle', v('creatorJobTitle')) } } : {}),
    ...present('copyrightNotice', v('copyrightNotice')),
    ...(v('copyrightOwner') ? { copyrightHolder: { '@type': 'Organization', name: v('copyrightOwner') } } : {}),
    // schema.org wants a URL for license; the usage terms stand in when there is no web statement.
    ...present('license', web ?? v('usageTerms')),
    ...present('usageInfo', web && v('usageTerms') ? v('usageTerms') : undefined),
    ...(v('licensor') ? { provider: { '@type': 'Organization', name: v('licensor') } } : {}),
    ...present('dateCreated', v('dateCreated')),
    ...present('digitalSourceType', v('digitalSourceType'))
  }
}

/**
 * schema.org NewsArticle metadata for the HTML export (JSON-LD): headline, description
 * (standfirst), dates, author (bylines), dateline, language, about (subjects), mentions (every
 * tagged entity, with its Wikidata URI as sameAs), citation (the article's and the body's
 * sources), image (ImageObject with creditText, creator, copyrightNotice, license) and
 * corrections. Notes are never exported.
 */
export function articleJsonLd(article: Article, ctx: ExportContext): Json {
  const cited = [...new Set([...originatingSources(article, ctx).map((s) => s.id), ...collectCitedSources(article.body)])]
  const citation = cited.map((id) => {
    const s = ctx.sources.get(id)
    return { '@type': 'CreativeWork', name: s?.name ?? id, identifier: id, ...present('url', s?.url && isAbsoluteUri(s.url) ? s.url : undefined) }
  })
  const mentions = collectMentions(article.body, ctx).map((m) => ({
    '@type': SCHEMA_TYPE[m.type],
    name: m.name,
    identifier: m.id,
    ...present('sameAs', wikidataUri(m.wikidata))
  }))
  const about = (article.subjects ?? []).map((s) => {
    const topic = /^medtop:(\d+)$/.exec(s.code)
    return {
      '@type': 'DefinedTerm',
      name: s.name,
      termCode: s.code,
      ...(topic ? { '@id': `http://cv.iptc.org/newscodes/mediatopic/${topic[1]}`, inDefinedTermSet: 'http://cv.iptc.org/newscodes/mediatopic/' } : {})
    }
  })
  const authors = (article.bylines ?? []).map((b) => b.trim()).filter(Boolean)
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': articleUri(article.id),
    identifier: article.id,
    ...present('headline', article.headline),
    ...present('description', article.standfirst?.trim()),
    inLanguage: article.language?.trim() || 'en',
    ...present('dateCreated', toDateTime(article.createdAt)),
    ...present('dateModified', toDateTime(article.updatedAt)),
    ...(authors.length ? { author: authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...present('dateline', datelineText(article.dateline)),
    ...(article.dateline?.place?.trim() ? { locationCreated: { '@type': 'Place', name: article.dateline.place.trim() } } : {}),
    ...(about.length ? { about, keywords: (article.subjects ?? []).map((s) => s.name).filter(Boolean).join(', ') } : {}),
    ...(mentions.length ? { mentions } : {}),
    ...(citation.length ? { citation } : {}),
    ...(article.photos.length ? { image: article.photos.map(imageObject) } : {}),
    ...((article.corrections ?? []).length
      ? { correction: article.corrections!.map((c) => ({ '@type': 'CorrectionComment', text: c.note, datePublished: c.date })) }
      : {})
  }
}
