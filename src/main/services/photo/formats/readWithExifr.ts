import exifr, { type Exifr } from 'exifr'
import type { IimRecord } from '../iim/parseIim'

/** What exifr finds in an EXIF (TIFF) block or a whole TIFF / HEIC / AVIF file. */
export interface ExifrResult {
  /** IFD0 and EXIF tags Copydesk uses, by exifr's tag names. */
  tags: Record<string, unknown>
  /** The embedded JPEG thumbnail (IFD1), when there is one. */
  thumbnail?: Uint8Array
  /** For whole files: the raw XMP packet and the IPTC IIM record (exifr reads IIM as Latin-1). */
  xmp?: string
  iim?: IimRecord
}

const IFD0_TAGS = ['ImageDescription', 'Artist', 'Copyright', 'Orientation', 'ImageWidth', 'ImageHeight']
const EXIF_TAGS = ['DateTimeOriginal', 'OffsetTimeOriginal', 'ExifImageWidth', 'ExifImageHeight']

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** exifr's CommonJS build only has a default export in Node; its typings mistype the class on it. */
const ExifrReader = (exifr as unknown as { Exifr: typeof Exifr }).Exifr

/** exifr decodes IIM strings as Latin-1, one character per byte: undo that when the bytes are UTF-8. */
function redecode(value: string): string {
  if (!/[\u0080-\u00ff]/.test(value)) return value
  try {
    return utf8.decode(Uint8Array.from(value, (c) => c.charCodeAt(0)))
  } catch {
    return value
  }
}

function toIimRecord(raw: unknown): IimRecord | undefined {
  if (!raw || typeof raw !== 'object') return undefined
  const record: IimRecord = new Map()
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string').map(redecode)
    if (values.length && /^\d+$/.test(key)) record.set(Number(key), values)
  }
  return record
}

/**
 * Reads EXIF tags and the EXIF thumbnail with exifr; for a whole file (`wholeFile`) also the raw
 * XMP packet and the IIM record, which is how TIFF and HEIC/AVIF files are read. Throws what
 * exifr throws; the caller turns that into a PhotoMetadataError.
 */
export async function readWithExifr(input: Uint8Array, wholeFile: boolean): Promise<ExifrResult> {
  const reader = new ExifrReader({
    ifd0: { pick: IFD0_TAGS },
    exif: { pick: EXIF_TAGS },
    ifd1: true,
    gps: false,
    interop: false,
    makerNote: false,
    userComment: false,
    xmp: wholeFile ? { parse: false } : false,
    iptc: wholeFile ? { translateKeys: false } : false,
    icc: false,
    jfif: false,
    ihdr: false,
    translateKeys: true,
    translateValues: false,
    reviveValues: false,
    mergeOutput: false,
    sanitize: true
  })
  await reader.read(input)
  const output = ((await reader.parse()) ?? {}) as Record<string, unknown>
  const thumbnail = await reader.extractThumbnail().catch(() => undefined)
  const ifd0 = (output.ifd0 ?? {}) as Record<string, unknown>
  const exif = (output.exif ?? {}) as Record<string, unknown>
  return {
    tags: { ...ifd0, ...exif },
    thumbnail: thumbnail && thumbnail.length > 2 && thumbnail[0] === 0xff && thumbnail[1] === 0xd8 ? new Uint8Array(thumbnail) : undefined,
    xmp: typeof output.xmp === 'string' ? output.xmp : undefined,
    iim: wholeFile ? toIimRecord(output.iptc) : undefined
  }
}
