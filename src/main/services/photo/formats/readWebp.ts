import { PhotoMetadataError } from '../PhotoMetadataError'
import type { EmbeddedBlocks } from './EmbeddedBlocks'

const latin1 = new TextDecoder('latin1')
const utf8 = new TextDecoder('utf-8')
const corrupt = (detail: string): PhotoMetadataError => new PhotoMetadataError('corrupt', `The WebP file is damaged: ${detail}.`)

/**
 * Walks a WebP's RIFF chunks: VP8X / VP8 / VP8L give the size, "EXIF" the EXIF block and
 * "XMP " the XMP packet (WebP has no IPTC IIM). A chunk that runs past the end of the file is a
 * damaged file.
 */
export function readWebp(bytes: Uint8Array): EmbeddedBlocks {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const blocks: EmbeddedBlocks = { xmpExtended: [], warnings: [] }
  const end = Math.min(bytes.length, 8 + view.getUint32(4, true))
  if (end < bytes.length - 1) blocks.warnings.push('The file has bytes after the WebP data; they were ignored.')
  let at = 12
  while (at + 8 <= end) {
    const type = latin1.decode(bytes.subarray(at, at + 4))
    const size = view.getUint32(at + 4, true)
    if (at + 8 + size > bytes.length) throw corrupt(`the ${type.trim()} chunk runs past the end of the file`)
    const data = bytes.subarray(at + 8, at + 8 + size)
    if (type === 'VP8X' && size >= 10) {
      blocks.width = 1 + (data[4]! | (data[5]! << 8) | (data[6]! << 16))
      blocks.height = 1 + (data[7]! | (data[8]! << 8) | (data[9]! << 16))
    } else if (type === 'VP8 ' && size >= 10 && blocks.width === undefined) {
      blocks.width = (data[6]! | (data[7]! << 8)) & 0x3fff
      blocks.height = (data[8]! | (data[9]! << 8)) & 0x3fff
    } else if (type === 'VP8L' && size >= 5 && blocks.width === undefined) {
      const bits = data[1]! | (data[2]! << 8) | (data[3]! << 16) | (data[4]! << 24)
      blocks.width = (bits & 0x3fff) + 1
      blocks.height = ((bits >>> 14) & 0x3fff) + 1
    } else if (type === 'EXIF') {
      blocks.exif ??= data[0] === 0x45 ? data.subarray(6) : data // some writers keep "Exif\0\0"
    } else if (type === 'XMP ') {
      blocks.xmp ??= utf8.decode(data)
    }
    at += 8 + size + (size % 2)
  }
  if (blocks.width === undefined) throw corrupt('it has no image frame')
  return blocks
}
