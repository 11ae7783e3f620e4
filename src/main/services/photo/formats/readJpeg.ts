import { PhotoMetadataError } from '../PhotoMetadataError'
import type { EmbeddedBlocks } from './EmbeddedBlocks'

const XMP_MAIN = 'http://ns.adobe.com/xap/1.0/\0'
const XMP_EXTENDED = 'http://ns.adobe.com/xmp/extension/\0'
const EXIF = 'Exif\0'
const PHOTOSHOP = 'Photoshop 3.0\0'

/** Start-of-frame markers (baseline, progressive, lossless, arithmetic…), which carry the size. */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])

const startsWith = (bytes: Uint8Array, prefix: string): boolean =>
  bytes.length >= prefix.length && [...prefix].every((c, i) => bytes[i] === c.charCodeAt(0))

const utf8 = new TextDecoder('utf-8')

/** XMP is UTF-8 in practice; a UTF-16 byte order mark says otherwise. */
function decodeXmp(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  return utf8.decode(bytes)
}

const corrupt = (detail: string): PhotoMetadataError => new PhotoMetadataError('corrupt', `The JPEG file is damaged: ${detail}.`)

/**
 * Walks a JPEG's marker segments up to the first scan: the frame header gives the size, APP1
 * the EXIF (TIFF) block and the XMP packets (main and extended), APP13 the Photoshop resources
 * that hold the IPTC IIM block. A segment that runs past the end of the file, a missing marker
 * or a scan before any frame header is a damaged file. Image data after the scan is not
 * decoded; a missing end marker only earns a warning (the file was cut short, the metadata is
 * still there).
 */
export function readJpeg(bytes: Uint8Array): EmbeddedBlocks {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const blocks: EmbeddedBlocks = { xmpExtended: [], warnings: [] }
  const photoshop: Uint8Array[] = []
  const extended = new Map<string, { total: number; chunks: { offset: number; data: Uint8Array }[] }>()
  let at = 2
  let scanned = false
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) throw corrupt(`expected a marker at byte ${at}`)
    while (bytes[at] === 0xff) at++ // fill bytes
    if (at >= bytes.length) break
    const marker = bytes[at++]!
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue // no length
    if (marker === 0xd9) throw corrupt('the image ends before any image data')
    if (marker === 0xd8 || marker === 0x00) throw corrupt(`unexpected marker 0xFF${marker.toString(16).toUpperCase().padStart(2, '0')} at byte ${at - 2}`)
    if (at + 2 > bytes.length) throw corrupt('it ends in the middle of a header')
    const length = view.getUint16(at)
    if (length < 2 || at + length > bytes.length) throw corrupt('it ends in the middle of a header')
    const body = bytes.subarray(at + 2, at + length)
    if (SOF.has(marker)) {
      if (body.length < 5) throw corrupt('the frame header is too short')
      blocks.height = view.getUint16(at + 3)
      blocks.width = view.getUint16(at + 5)
    } else if (marker === 0xe1) {
      if (startsWith(body, EXIF) && !blocks.exif) blocks.exif = body.subarray(body[5] === 0 ? 6 : 5)
      else if (startsWith(body, XMP_MAIN) && blocks.xmp === undefined) blocks.xmp = decodeXmp(body.subarray(XMP_MAIN.length))
      else if (startsWith(body, XMP_EXTENDED) && body.length >= XMP_EXTENDED.length + 40) {
        const head = XMP_EXTENDED.length
        const guid = String.fromCharCode(...body.subarray(head, head + 32))
        const total = view.getUint32(body.byteOffset - bytes.byteOffset + head + 32)
        const offset = view.getUint32(body.byteOffset - bytes.byteOffset + head + 36)
        const entry = extended.get(guid) ?? { total, chunks: [] }
        entry.chunks.push({ offset, data: body.subarray(head + 40) })
        extended.set(guid, entry)
      }
    } else if (marker === 0xed && startsWith(body, PHOTOSHOP)) {
      photoshop.push(body.subarray(PHOTOSHOP.length))
    } else if (marker === 0xda) {
      if (blocks.width === undefined) throw corrupt('image data comes before the frame header')
      scanned = true
      break
    }
    at += length
  }
  if (!scanned) throw corrupt('it has no image data')
  if (!hasEndMarker(bytes, at)) blocks.warnings.push('The image data looks cut short (no JPEG end marker); the file may be incomplete.')

  if (photoshop.length) blocks.photoshop = concat(photoshop)
  for (const [guid, { total, chunks }] of extended) {
    const whole = new Uint8Array(total)
    let filled = 0
    for (const { offset, data } of chunks) {
      if (offset + data.length > total) continue
      whole.set(data, offset)
      filled += data.length
    }
    if (filled === total) blocks.xmpExtended.push({ guid, packet: decodeXmp(whole) })
    else blocks.warnings.push('Part of the extended XMP metadata is missing; only the main XMP packet was read.')
  }
  return blocks
}

/** An FF D9 after the scan starts, allowing padding and trailing bytes some writers append. */
function hasEndMarker(bytes: Uint8Array, from: number): boolean {
  for (let i = bytes.length - 1; i > from; i--) {
    if (bytes[i] === 0xd9 && bytes[i - 1] === 0xff) return true
  }
  return false
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
