import type { Photo } from '../../model/Article'
import { PHOTO_TEXT_FIELDS } from '../../model/Article'
import { escapeXml } from './escapeXml'
import { mediaTypeOf } from './mediaTypeOf'
import { xmlAttrs } from './xmlAttrs'

/** Fields that have their own NITF place; every other photo field goes into media-metadata under its model name. */
const OWN_PLACE = new Set<string>(['file', 'creditLine', 'caption', 'altText'])

/**
 * A photo as an NITF `media` block (one string per line): media-metadata for the IPTC fields (rights first: copyright
 * notice and owner, usage terms, web statement, licensor; then creator, source, agency…, each
 * named as in the article model), a media-reference to the file with its alt text and
 * copyright, the caption (and a disclosure for AI or composite images as a second caption),
 * and the credit line, verbatim, as media-producer.
 */
export function writeNitfMedia(photo: Photo): string[] {
  const value = (key: string): string | undefined => {
    const v = (photo as Record<string, string | undefined>)[key]?.trim()
    return v ? v : undefined
  }
  const lines: string[] = []
  const rights = ['copyrightNotice', 'copyrightOwner', 'usageTerms', 'webStatement', 'licensor']
  const rest = PHOTO_TEXT_FIELDS.filter((f) => !OWN_PLACE.has(f) && !rights.includes(f))
  for (const key of [...rights, ...rest]) {
    const v = value(key)
    if (v) lines.push(`<media-metadata${xmlAttrs([['name', key], ['value', v]])}/>`)
  }
  lines.push(
    `<media-reference${xmlAttrs([
      ['source', value('file')],
      ['mime-type', mediaTypeOf(value('file'))],
      ['alternate-text', value('altText')],
      ['source-credit', value('source')],
      ['copyright', value('copyrightNotice')]
    ])}/>`
  )
  const caption = value('caption')
  if (caption) lines.push(`<media-caption>${escapeXml(caption)}</media-caption>`)
  const disclosure = value('disclosure')
  if (disclosure) lines.push(`<media-caption class="disclosure">${escapeXml(disclosure)}</media-caption>`)
  if (photo.creditLine) lines.push(`<media-producer>${escapeXml(photo.creditLine)}</media-producer>`)
  return ['<media media-type="image">', ...lines.map((l) => `  ${l}`), '</media>']
}
