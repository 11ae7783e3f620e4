import { PHOTO_TEXT_FIELDS, type Photo, type PhotoTextField } from '../../model/Article'

/** Names other tools give photo fields, folded (lowercase, letters and digits only), beyond the model's own. */
const ALIASES: Record<string, PhotoTextField> = {
  credit: 'creditLine',
  creditline: 'creditLine',
  copyright: 'copyrightNotice',
  copyrightnotice: 'copyrightNotice',
  rights: 'copyrightNotice',
  copyrightholder: 'copyrightOwner',
  rightsholder: 'copyrightOwner',
  usageterms: 'usageTerms',
  rightsusageterms: 'usageTerms',
  license: 'usageTerms',
  licence: 'usageTerms',
  webstatementofrights: 'webStatement',
  byline: 'creator',
  bylinetitle: 'creatorJobTitle',
  description: 'caption',
  captionabstract: 'caption',
  alternatetext: 'altText',
  alt: 'altText'
}

const fold = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '')
const BY_FOLDED = new Map<string, PhotoTextField>([...PHOTO_TEXT_FIELDS.map((f): [string, PhotoTextField] => [fold(f), f]), ...Object.entries(ALIASES)])

/** The photo field a metadata name stands for (`Copyright Notice`, `copyrightnotice`, `usage-terms`), if any. */
export function photoFieldFor(name: string): PhotoTextField | undefined {
  return BY_FOLDED.get(fold(name))
}

/** A photo's `file` must stay a workspace path under media/: no scheme, no way up, no absolute path. */
export function isMediaPath(path: string): boolean {
  return /^media\/[^\\:]+$/.test(path) && !path.split('/').some((part) => part === '..' || part === '.' || part === '')
}

/** Sets a photo field from untrusted text: trimmed, non-empty, and `file` only as a media/ path. */
export function setPhotoField(photo: Photo, field: PhotoTextField, value: string | null | undefined, overwrite = false): void {
  const v = value?.replace(/[ \t\n\r\f\v]+/g, ' ').trim()
  if (!v) return
  if (field === 'file' && !isMediaPath(v)) return
  if (field === 'creditLine') {
    if (overwrite || !photo.creditLine) photo.creditLine = v
    return
  }
  if (overwrite || photo[field] === undefined) photo[field] = v
}
