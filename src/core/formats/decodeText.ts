import { ImportError } from './ImportError'

/** Control characters that never occur in text: all but tab, LF, VT, FF and CR. */
const CONTROL = /(?![\t\n\v\f\r])\p{Cc}/gu
/** Above this share of control characters a file is binary, not text with a stray byte. */
const MAX_CONTROL_RATIO = 0.01

function decode(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', label: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    throw new ImportError(`The file is not valid ${label} text; save it as UTF-8 and try again`)
  }
}

function looksBinary(sample: Uint8Array): boolean {
  let control = 0
  for (const b of sample) if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) control++
  return control > sample.length * MAX_CONTROL_RATIO
}

/**
 * Bytes of an imported file to text. UTF-8 (with or without BOM) is the norm; UTF-16 is
 * accepted only with its BOM, because without one it cannot be told from binary. Legacy
 * 8-bit encodings are refused rather than guessed, so no article is silently mis-decoded.
 * Line endings come out as LF.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = decode(bytes.subarray(2), 'utf-16le', 'UTF-16')
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = decode(bytes.subarray(2), 'utf-16be', 'UTF-16')
  } else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
    // NUL never occurs in UTF-8 text; checking bytes first also gives binary files (images,
    // PDFs, Word documents) a better message than "not valid UTF-8".
    if (body.includes(0) || looksBinary(body.subarray(0, 65536))) {
      throw new ImportError('The file is binary, not text')
    }
    text = decode(body, 'utf-8', 'UTF-8')
  }
  if (text.trim() === '') throw new ImportError('The file is empty')
  const control = text.match(CONTROL)
  if (control && (text.includes('\u0000') || control.length > text.length * MAX_CONTROL_RATIO)) {
    throw new ImportError('The file is binary, not text')
  }
  return text.replace(/\r\n?/g, '\n')
}
