import { describe, expect, it } from 'vitest'
import { decodeText } from '../../../src/core/formats/decodeText'
import { ImportError } from '../../../src/core/formats/ImportError'

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values)
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    out.push(...(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8]))
  }
  return new Uint8Array(out)
}

describe('decodeText', () => {
  it('decodes UTF-8 and strips a BOM', () => {
    expect(decodeText(utf8('Peskov said: “Yes.”'))).toBe('Peskov said: “Yes.”')
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Iran’s')]))).toBe('Iran’s')
  })

  it('accepts UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(utf16('Kremlin “truce”\r\nline', false))).toBe('Kremlin “truce”\nline')
    expect(decodeText(utf16('Kremlin “truce”', true))).toBe('Kremlin “truce”')
  })

  it('normalises CRLF and CR to LF', () => {
    expect(decodeText(utf8('a\r\nb\rc\n'))).toBe('a\nb\nc\n')
  })

  it.each([
    ['an empty file', bytes(), /empty/],
    ['a whitespace-only file', utf8(' \n\t\r\n '), /empty/],
    ['a BOM and nothing else', bytes(0xef, 0xbb, 0xbf), /empty/],
    ['NUL bytes', utf8('text\u0000more'), /binary/],
    ['a PNG header', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), /binary/],
    ['many control characters', utf8('ab\u0001\u0002\u0003\u0004cd'), /binary/],
    ['invalid UTF-8 (Latin-1 é)', bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b), /not valid UTF-8/],
    ['a truncated UTF-8 sequence', bytes(0x61, 0xe2, 0x80), /not valid UTF-8/],
    ['invalid UTF-16 (lone surrogate)', bytes(0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00), /not valid UTF-16/]
  ])('rejects %s with a one-line ImportError', (_, input, message) => {
    let error: unknown
    try {
      decodeText(input)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ImportError)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).not.toContain('\n')
  })
})
