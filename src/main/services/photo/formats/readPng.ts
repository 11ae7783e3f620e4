import { inflateSync } from 'node:zlib'
import { PhotoMetadataError } from '../PhotoMetadataError'
import type { EmbeddedBlocks } from './EmbeddedBlocks'

const latin1 = new TextDecoder('latin1')
const utf8 = new TextDecoder('utf-8')
const corrupt = (detail: string): PhotoMetadataError => new PhotoMetadataError('corrupt', `The PNG file is damaged: ${detail}.`)

/** ImageMagick and ExifTool keep EXIF and IPTC in PNG as "Raw profile type …" text: a name, a length, hex. */
function rawProfile(text: string): Uint8Array | undefined {
  const match = /^\s*\S*\s+(\d+)\s+([0-9a-fA-F\s]+)$/.exec(text)
  if (!match) return undefined
  const hex = match[2]!.replace(/\s+/g, '')
  const bytes = new Uint8Array(Math.min(Number(match[1]), hex.length >> 1))
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return bytes
}

/** A text chunk's keyword and text (tEXt, zTXt, iTXt; compressed text is inflated). */
function readText(type: string, data: Uint8Array): { keyword: string; text: string } | undefined {
  const nul = data.indexOf(0)
  if (nul < 0) return undefined
  const keyword = latin1.decode(data.subarray(0, nul))
  try {
    if (type === 'tEXt') return { keyword, text: latin1.decode(data.subarray(nul + 1)) }
    if (type === 'zTXt') return { keyword, text: latin1.decode(inflateSync(data.subarray(nul + 2))) }
    const compressed = data[nul + 1] === 1
    const langEnd = data.indexOf(0, nul + 3)
    const transEnd = langEnd < 0 ? -1 : data.indexOf(0, langEnd + 1)
    if (transEnd < 0) return undefined
    const body = data.subarray(transEnd + 1)
    return { keyword, text: utf8.decode(compressed ? inflateSync(body) : body) }
  } catch {
    return undefined
  }
}

/**
 * Walks a PNG's chunks: IHDR gives the size, iTXt "XML:com.adobe.xmp" the XMP, eXIf the EXIF
 * block, and "Raw profile type exif/iptc/8bim/xmp" text chunks what ImageMagick and ExifTool
 * store there. A chunk that runs past the end of the file, or a first chunk that is not IHDR,
 * is a damaged file.
 */
export function readPng(bytes: Uint8Array): EmbeddedBlocks {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const blocks: EmbeddedBlocks = { xmpExtended: [], warnings: [] }
  let at = 8
  let ended = false
  while (at + 8 <= bytes.length) {
    const length = view.getUint32(at)
    const type = latin1.decode(bytes.subarray(at + 4, at + 8))
    if (!/^[A-Za-z]{4}$/.test(type)) throw corrupt(`a chunk at byte ${at} has no valid type`)
    if (at + 12 + length > bytes.length) throw corrupt(`the ${type} chunk runs past the end of the file`)
    const data = bytes.subarray(at + 8, at + 8 + length)
    if (at === 8 && type !== 'IHDR') throw corrupt('it does not start with an image header')
    if (type === 'IHDR' && length >= 8) {
      blocks.width = view.getUint32(at + 8)
      blocks.height = view.getUint32(at + 12)
    } else if (type === 'eXIf') {
      blocks.exif ??= data
    } else if (type === 'iTXt' || type === 'tEXt' || type === 'zTXt') {
      const text = readText(type, data)
      if (text?.keyword === 'XML:com.adobe.xmp') blocks.xmp ??= text.text
      const profile = text && /^Raw profile type (exif|iptc|8bim|xmp)$/i.exec(text.keyword)?.[1]?.toLowerCase()
      const raw = profile ? rawProfile(text.text) : undefined
      if (raw && profile === 'xmp') blocks.xmp ??= utf8.decode(raw)
      else if (raw && profile === 'exif') blocks.exif ??= raw[0] === 0x45 ? raw.subarray(6) : raw // may start with "Exif\0\0"
      else if (raw && (profile === 'iptc' || profile === '8bim')) {
        if (raw[0] === 0x1c) blocks.iim ??= raw
        else blocks.photoshop ??= raw
      }
    } else if (type === 'IEND') {
      ended = true
      break
    }
    at += 12 + length
  }
  if (blocks.width === undefined) throw corrupt('it has no image header')
  if (!ended) blocks.warnings.push('The image data looks cut short (no PNG end chunk); the file may be incomplete.')
  return blocks
}
