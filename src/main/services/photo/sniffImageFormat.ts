/** Image formats whose photo metadata Copydesk reads. */
export const READABLE_FORMATS = ['jpeg', 'png', 'webp', 'tiff', 'heic', 'avif'] as const
export type ReadableFormat = (typeof READABLE_FORMATS)[number]

/** Images that carry no IPTC photo metadata Copydesk reads. */
export type OtherImageFormat = 'gif' | 'bmp' | 'svg' | 'ico'

export const MIME_TYPES: Record<ReadableFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  tiff: 'image/tiff',
  heic: 'image/heic',
  avif: 'image/avif'
}

const ascii = (bytes: Uint8Array, from: number, length: number): string => String.fromCharCode(...bytes.subarray(from, from + length))

/** What kind of image the bytes are, by their signature (never by a file name). */
export function sniffImageFormat(bytes: Uint8Array): ReadableFormat | OtherImageFormat | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg'
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png'
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp'
  const tiff = ascii(bytes, 0, 4)
  if (tiff === 'II*\0' || tiff === 'MM\0*') return 'tiff'
  if (ascii(bytes, 4, 4) === 'ftyp') {
    const brand = ascii(bytes, 8, 4)
    if (brand === 'avif' || brand === 'avis') return 'avif'
    if (['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'].includes(brand)) return 'heic'
  }
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif'
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length > 26) return 'bmp'
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 1 && bytes[3] === 0) return 'ico'
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).trimStart()
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) return 'svg'
  return undefined
}
