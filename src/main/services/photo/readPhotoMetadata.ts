import type { Photo } from '../../../core/model/Article'
import { parseCreditLine } from '../../../core/model/parseCreditLine'
import { readDigitalSourceType } from '../../../core/model/digitalSourceType'
import type { EmbeddedBlocks } from './formats/EmbeddedBlocks'
import { readJpeg } from './formats/readJpeg'
import { readPng } from './formats/readPng'
import { readWebp } from './formats/readWebp'
import { readWithExifr, type ExifrResult } from './formats/readWithExifr'
import { IIM, parseIim, type IimRecord } from './iim/parseIim'
import { readPhotoshopResources, RESOURCE_IPTC, RESOURCE_THUMBNAIL } from './iim/readPhotoshopResources'
import type { PhotoDetails, PhotoFieldConflict, PhotoFieldName, PhotoMetadata } from './PhotoMetadata'
import { PhotoMetadataError } from './PhotoMetadataError'
import { MIME_TYPES, sniffImageFormat, type ReadableFormat } from './sniffImageFormat'
import { parseXmp, type XmpProperties } from './xmp/parseXmp'
import { fieldOfEach, get, listOf, NS, textOf } from './xmp/xmpValues'

export interface ReadPhotoMetadataOptions {
  /** Extract the embedded thumbnail (default true). */
  thumbnail?: boolean
}

const FORMAT_NAMES: Record<ReadableFormat, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', tiff: 'TIFF', heic: 'HEIC', avif: 'AVIF' }

/** Multi-valued fields (creators, licensors) are shown as one line, as the IPTC reference does. */
const JOIN = ' ; '

/** Camera firmware fills EXIF ImageDescription with these; they are not captions. */
const CAMERA_DEFAULT_CAPTION = /^(?:OLYMPUS DIGITAL CAMERA|SONY DSC|KONICA MINOLTA DIGITAL CAMERA|DIGITAL CAMERA|SAMSUNG|DCIM|default|untitled)$/i

const clean = (value: string | undefined): string | undefined => {
  const trimmed = value?.replace(/\0+$/, '').trim()
  return trimmed ? trimmed : undefined
}
const joined = (values: string[]): string | undefined => clean(values.map((v) => v.trim()).filter(Boolean).join(JOIN))

/** IIM 2:55 (CCYYMMDD) and 2:60 (HHMMSS±HHMM) as ISO 8601. */
function iimDate(date: string | undefined, time: string | undefined): string | undefined {
  const d = /^(\d{4})(\d{2})(\d{2})$/.exec(date?.trim() ?? '')
  if (!d) return undefined
  const day = d[2] === '00' ? d[1]! : d[3] === '00' ? `${d[1]}-${d[2]}` : `${d[1]}-${d[2]}-${d[3]}`
  const t = /^(\d{2})(\d{2})(\d{2})(?:([+-])(\d{2})(\d{2}))?$/.exec(time?.trim() ?? '')
  if (!t || day.length !== 10) return day
  return `${day}T${t[1]}:${t[2]}:${t[3]}${t[4] ? `${t[4]}${t[5]}:${t[6]}` : ''}`
}

/** EXIF "YYYY:MM:DD HH:MM:SS" (+ OffsetTimeOriginal) as ISO 8601. */
function exifDate(value: unknown, offset: unknown): string | undefined {
  const m = typeof value === 'string' ? /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value) : null
  if (!m || m[1] === '0000') return undefined
  const zone = typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : ''
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`
}

const exifText = (value: unknown): string | undefined => (typeof value === 'string' ? clean(value.split('\0')[0]) : undefined)

/** The embedded metadata blocks of a file, by format; structural damage throws. */
async function readBlocks(format: ReadableFormat, bytes: Uint8Array): Promise<{ blocks: EmbeddedBlocks; exifr?: ExifrResult }> {
  if (format === 'jpeg') return { blocks: readJpeg(bytes) }
  if (format === 'png') return { blocks: readPng(bytes) }
  if (format === 'webp') return { blocks: readWebp(bytes) }
  // TIFF, HEIC and AVIF are read whole by exifr, which forgives a broken TIFF directory.
  if (format === 'tiff') checkTiffDirectory(bytes)
  const exifr = await readWithExifr(bytes, true)
  const width = Number(exifr.tags.ImageWidth ?? exifr.tags.ExifImageWidth) || undefined
  const height = Number(exifr.tags.ImageHeight ?? exifr.tags.ExifImageHeight) || undefined
  return { blocks: { width, height, xmp: exifr.xmp, xmpExtended: [], warnings: [] }, exifr }
}

/** A TIFF's first image directory must lie inside the file and hold entries. */
function checkTiffDirectory(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const little = bytes[0] === 0x49
  const corrupt = (detail: string): PhotoMetadataError => new PhotoMetadataError('corrupt', `The TIFF file is damaged: ${detail}.`)
  if (bytes.length < 8) throw corrupt('it ends in the middle of its header')
  const at = view.getUint32(4, little)
  if (at < 8 || at + 2 > bytes.length) throw corrupt('its image directory lies outside the file')
  const count = view.getUint16(at, little)
  if (count === 0) throw corrupt('its image directory is empty')
  if (at + 2 + count * 12 > bytes.length) throw corrupt('its image directory runs past the end of the file')
}

/** The main XMP packet with the extended packet it names (xmpNote:HasExtendedXMP) merged in. */
function readXmp(blocks: EmbeddedBlocks, warnings: string[]): XmpProperties | undefined {
  if (blocks.xmp === undefined) return undefined
  let properties: XmpProperties
  try {
    properties = parseXmp(blocks.xmp)
  } catch (error) {
    warnings.push(`The XMP metadata is not well-formed XML (${error instanceof Error ? error.message : String(error)}); the IPTC-IIM and EXIF values were used.`)
    return undefined
  }
  const guid = textOf(get(properties, 'xmpNote:HasExtendedXMP'))
  const extended = blocks.xmpExtended.find((x) => x.guid === guid)
  if (extended) {
    try {
      for (const [name, value] of parseXmp(extended.packet)) if (!properties.has(name)) properties.set(name, value)
    } catch {
      warnings.push('The extended XMP metadata is not well-formed XML; only the main XMP packet was read.')
    }
  }
  return properties
}

function readIim(blocks: EmbeddedBlocks, exifr: ExifrResult | undefined): { iim?: IimRecord; thumbnail?: Uint8Array } {
  if (exifr?.iim) return { iim: exifr.iim }
  if (blocks.iim) return { iim: parseIim(blocks.iim) }
  if (!blocks.photoshop) return {}
  const resources = readPhotoshopResources(blocks.photoshop)
  const iimBytes = resources.get(RESOURCE_IPTC)
  // Photoshop's own thumbnail: a 28-byte header, then a JFIF stream.
  const thumb = resources.get(RESOURCE_THUMBNAIL)?.subarray(28)
  return {
    iim: iimBytes ? parseIim(iimBytes) : undefined,
    thumbnail: thumb && thumb[0] === 0xff && thumb[1] === 0xd8 ? thumb : undefined
  }
}

/**
 * Reads a photo's embedded IPTC metadata (XMP, IPTC-IIM, EXIF) into the article's Photo fields,
 * for pre-filling when a photo is added. Where XMP and IIM both hold a field and disagree, the
 * XMP value wins (IIM fields have byte limits and get truncated; XMP is what current tools write
 * first) and the disagreement is listed in `conflicts`; EXIF fills only what neither has.
 * Multi-valued fields (creators, copyright owners, licensors) are joined with " ; ".
 * Digital Source Type sets `aiGenerated` / `composite`. Reads JPEG, PNG, WebP, TIFF, HEIC and
 * AVIF; anything else, or a file whose structure is broken, throws a PhotoMetadataError with a
 * one-line message.
 */
export async function readPhotoMetadata(bytes: Uint8Array, options: ReadPhotoMetadataOptions = {}): Promise<PhotoMetadata> {
  if (bytes.length === 0) throw new PhotoMetadataError('empty', 'The file is empty.')
  const format = sniffImageFormat(bytes)
  if (format === undefined) throw new PhotoMetadataError('not-an-image', 'This file is not an image (Copydesk reads JPEG, PNG, WebP, TIFF, HEIC and AVIF photos).')
  if (!(format in MIME_TYPES)) {
    throw new PhotoMetadataError('unsupported-format', `${format.toUpperCase()} images carry no photo metadata Copydesk reads (it reads JPEG, PNG, WebP, TIFF, HEIC and AVIF).`)
  }
  const readable = format as ReadableFormat
  const name = FORMAT_NAMES[readable]

  let blocks: EmbeddedBlocks
  let exifr: ExifrResult | undefined
  try {
    ;({ blocks, exifr } = await readBlocks(readable, bytes))
  } catch (error) {
    if (error instanceof PhotoMetadataError) throw error
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new PhotoMetadataError('corrupt', `The ${name} file is damaged or incomplete: ${detail}`)
  }
  const warnings = [...blocks.warnings]
  if (!exifr && blocks.exif) {
    try {
      exifr = await readWithExifr(blocks.exif, false)
    } catch {
      warnings.push('The EXIF block is damaged; it was skipped.')
    }
  }

  const xmp = readXmp(blocks, warnings)
  let iimRead: ReturnType<typeof readIim> = {}
  try {
    iimRead = readIim(blocks, exifr)
  } catch {
    warnings.push('The IPTC-IIM block is damaged; it was skipped.')
  }
  const iim = iimRead.iim
  const tags = exifr?.tags ?? {}
  const iimText = (dataset: number): string | undefined => clean(iim?.get(dataset)?.[0])
  const iimList = (dataset: number): string[] => (iim?.get(dataset) ?? []).map((v) => v.trim()).filter(Boolean)

  const conflicts: PhotoFieldConflict[] = []
  /** XMP first, then IIM, then EXIF; notes where XMP and IIM disagree. */
  const choose = (field: PhotoFieldName, fromXmp: string | undefined, fromIim: string | undefined, fromExif?: string): string | undefined => {
    const x = clean(fromXmp)
    const i = clean(fromIim)
    if (x !== undefined && i !== undefined && x !== i) conflicts.push({ field, xmp: x, iim: i })
    return x ?? i ?? clean(fromExif)
  }

  const creators = listOf(get(xmp, 'dc:creator'))
  const iimCreators = iimList(IIM.byline)
  const exifCaption = exifText(tags.ImageDescription)
  const fields: Partial<Photo> = {
    caption: choose('caption', textOf(get(xmp, 'dc:description')), iimText(IIM.caption), exifCaption && !CAMERA_DEFAULT_CAPTION.test(exifCaption) ? exifCaption : undefined),
    altText: choose('altText', textOf(get(xmp, 'Iptc4xmpCore:AltTextAccessibility')), undefined),
    creator: choose('creator', joined(creators), joined(iimCreators), exifText(tags.Artist)),
    creatorJobTitle: choose('creatorJobTitle', textOf(get(xmp, 'photoshop:AuthorsPosition')), iimText(IIM.bylineTitle)),
    source: choose('source', textOf(get(xmp, 'photoshop:Source')), iimText(IIM.source)),
    copyrightNotice: choose('copyrightNotice', textOf(get(xmp, 'dc:rights')), iimText(IIM.copyrightNotice), exifText(tags.Copyright)),
    copyrightOwner: joined(fieldOfEach(get(xmp, 'plus:CopyrightOwner'), `${NS.plus}CopyrightOwnerName`)),
    usageTerms: clean(textOf(get(xmp, 'xmpRights:UsageTerms'))),
    webStatement: clean(textOf(get(xmp, 'xmpRights:WebStatement'))),
    licensor: joined(fieldOfEach(get(xmp, 'plus:Licensor'), `${NS.plus}LicensorName`)),
    digitalSourceType: clean(textOf(get(xmp, 'Iptc4xmpExt:DigitalSourceType')))
  }
  const xmpDate = clean(textOf(get(xmp, 'photoshop:DateCreated')))
  const fromIimDate = iimDate(iimText(IIM.dateCreated), iimText(IIM.timeCreated))
  if (xmpDate && fromIimDate && xmpDate.slice(0, 10) !== fromIimDate.slice(0, 10)) conflicts.push({ field: 'dateCreated', xmp: xmpDate, iim: fromIimDate })
  fields.dateCreated =
    xmpDate ??
    fromIimDate ??
    exifDate(tags.DateTimeOriginal, tags.OffsetTimeOriginal) ??
    clean(textOf(get(xmp, 'exif:DateTimeOriginal'))) ??
    clean(textOf(get(xmp, 'xmp:CreateDate')))

  const creditLine = choose('creditLine', textOf(get(xmp, 'photoshop:Credit')), iimText(IIM.credit)) ?? ''
  const split = creditLine ? parseCreditLine(creditLine, { photographers: creators.length ? creators : iimCreators }) : { creditLine }
  const photo: Photo = { ...split }
  for (const [key, value] of Object.entries(fields) as [keyof Photo, string | undefined][]) {
    if (value !== undefined) photo[key] = value
  }

  const details: PhotoDetails = {}
  const setDetail = <K extends keyof PhotoDetails>(key: K, value: PhotoDetails[K] | undefined): void => {
    if (value !== undefined && (!Array.isArray(value) || value.length > 0)) details[key] = value
  }
  setDetail('headline', choose('headline', textOf(get(xmp, 'photoshop:Headline')), iimText(IIM.headline)))
  setDetail('title', choose('title', textOf(get(xmp, 'dc:title')), iimText(IIM.objectName)))
  const xmpKeywords = listOf(get(xmp, 'dc:subject')).map((k) => k.trim()).filter(Boolean)
  setDetail('keywords', xmpKeywords.length ? xmpKeywords : iimList(IIM.keywords))
  setDetail('instructions', choose('instructions', textOf(get(xmp, 'photoshop:Instructions')), iimText(IIM.specialInstructions)))
  setDetail('city', choose('city', textOf(get(xmp, 'photoshop:City')), iimText(IIM.city)))
  setDetail('country', choose('country', textOf(get(xmp, 'photoshop:Country')), iimText(IIM.country)))
  setDetail('captionWriter', choose('captionWriter', textOf(get(xmp, 'photoshop:CaptionWriter')), iimText(IIM.captionWriter)))
  setDetail('imageSupplier', joined(fieldOfEach(get(xmp, 'plus:ImageSupplier'), `${NS.plus}ImageSupplierName`)))
  setDetail('licensorUrl', joined(fieldOfEach(get(xmp, 'plus:Licensor'), `${NS.plus}LicensorURL`)))

  const source = readDigitalSourceType(photo.digitalSourceType)
  const orientation = Number(tags.Orientation)
  const thumbnail = options.thumbnail === false ? undefined : (exifr?.thumbnail ?? iimRead.thumbnail)
  const result: PhotoMetadata = {
    format: readable,
    mimeType: MIME_TYPES[readable],
    photo,
    aiGenerated: source?.aiGenerated ?? false,
    composite: source?.composite ?? false,
    details,
    conflicts,
    blocks: { xmp: xmp !== undefined, iim: iim !== undefined && iim.size > 0, exif: Boolean(exifr && Object.keys(tags).length) },
    warnings
  }
  if (blocks.width && blocks.height) {
    result.width = blocks.width
    result.height = blocks.height
  }
  if (orientation >= 2 && orientation <= 8) result.orientation = orientation
  if (source?.name) result.digitalSourceTypeName = source.name
  if (thumbnail) result.thumbnail = { mimeType: 'image/jpeg', bytes: thumbnail }
  return result
}
