import type { Element } from '@xmldom/xmldom'
import type { Photo } from '../../model/Article'
import { parseCreditLine } from '../../model/parseCreditLine'
import { photoFieldFor, setPhotoField } from './photoFields'
import { attr, child, children, textOf } from './xmlNodes'

/**
 * A NITF `media` block as a photo: media-producer is the credit line (split into agency and
 * distributor the usual way), media-caption the caption, the reference's alternate-text the alt
 * text and its source the file (only when it is a media/ path), `copyright` and `source-credit`
 * attributes and media-metadata name/value pairs the IPTC fields they name. Video and audio
 * are not photos: null.
 */
export function readNitfMedia(media: Element): Photo | null {
  const refs = children(media, 'media-reference')
  const type = attr(media, 'media-type')?.toLowerCase() ?? ''
  const mime = refs.map((r) => attr(r, 'mime-type') ?? '').find(Boolean)?.toLowerCase() ?? ''
  if (type && !/image|photo|graphic|picture/.test(type)) return null
  if (!type && mime && !mime.startsWith('image/')) return null
  const ref = refs.find((r) => (attr(r, 'mime-type') ?? 'image/').toLowerCase().startsWith('image/')) ?? refs[0] ?? null

  const credit = textOf(child(media, 'media-producer'))
  const metadata = children(media, 'media-metadata')
  // Parts given as metadata of their own (Copydesk's export writes every field) say what the
  // credit line holds; without them, the parts are read from the line the usual way.
  const explicitParts = metadata.some((m) => ['photographer', 'agency', 'distributor'].includes(photoFieldFor(attr(m, 'name') ?? '') ?? ''))
  const photo: Photo = credit && !explicitParts ? parseCreditLine(credit) : { creditLine: credit }
  const captions = children(media, 'media-caption')
  const isDisclosure = (c: Element): boolean => /(^|\s)disclosure(\s|$)/.test(attr(c, 'class') ?? '')
  setPhotoField(photo, 'caption', textOf(captions.find((c) => !isDisclosure(c))))
  setPhotoField(photo, 'disclosure', textOf(captions.find(isDisclosure)))
  setPhotoField(photo, 'altText', attr(ref, 'alternate-text'))
  setPhotoField(photo, 'file', attr(ref, 'source'))
  setPhotoField(photo, 'copyrightNotice', attr(ref, 'copyright'))
  setPhotoField(photo, 'source', attr(ref, 'source-credit'))
  for (const meta of metadata) {
    const field = photoFieldFor(attr(meta, 'name') ?? '')
    // Explicit metadata wins over what the credit line's parts suggested.
    if (field) setPhotoField(photo, field, attr(meta, 'value'), field !== 'creditLine')
  }
  return Object.values(photo).some(Boolean) ? photo : null
}
