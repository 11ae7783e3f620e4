import { decodeText } from '../decodeText'
import { ImportError } from '../ImportError'

/**
 * The text of an XML file. XML names its own encoding in its declaration, so a legacy one
 * (`<?xml version="1.0" encoding="ISO-8859-1"?>`, common in older wire feeds) is decoded as
 * declared rather than guessed; everything else goes through decodeText (UTF-8, or UTF-16 with
 * a BOM).
 */
export function decodeXml(bytes: Uint8Array): string {
  const head = String.fromCharCode(...bytes.subarray(0, 200))
  const declared = /^<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1]?.toLowerCase()
  if (!declared || /^(utf-?8|utf-?16(le|be)?|unicode)$/.test(declared) || bytes[0] === 0xef || bytes[0] === 0xfe || bytes[0] === 0xff) {
    return decodeText(bytes)
  }
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(declared, { fatal: true })
  } catch {
    throw new ImportError(`The XML file declares an encoding this app does not know (${declared.slice(0, 40)}); save it as UTF-8`)
  }
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    throw new ImportError(`The XML file is not valid ${declared} text; save it as UTF-8`)
  }
  if (text.includes('\u0000')) throw new ImportError('The file is binary, not text')
  if (text.trim() === '') throw new ImportError('The file is empty')
  return text.replace(/\r\n?/g, '\n')
}
