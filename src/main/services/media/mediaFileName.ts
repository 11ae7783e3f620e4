import { slugify } from '../../../core/model/slugify'
import type { ReadableFormat } from '../photo/sniffImageFormat'

/** The usual file extension of each format; a name whose extension already fits keeps it. */
const EXTENSIONS: Record<ReadableFormat, string[]> = {
  jpeg: ['jpg', 'jpeg'],
  png: ['png'],
  webp: ['webp'],
  tiff: ['tif', 'tiff'],
  heic: ['heic', 'heif'],
  avif: ['avif']
}

/**
 * A safe, readable name for a photo in media/: the original name as a slug ("Harbour Fog
 * (2).JPG" → harbour-fog-2.jpg) with an extension that matches what the bytes are, whatever
 * the name claimed. Returns the stem and extension separately, for numbering (stem-2.jpg).
 */
export function mediaFileName(originalName: string, format: ReadableFormat): { stem: string; ext: string } {
  const base = originalName.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  const claimed = dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
  const stem = slugify(dot > 0 ? base.slice(0, dot) : base)
  const ext = EXTENSIONS[format].includes(claimed) ? claimed : EXTENSIONS[format][0]!
  return { stem: stem === 'untitled' ? 'photo' : stem, ext }
}
