/** IPTC IIM datasets of the Application Record (record 2) that Copydesk reads. */
export const IIM = {
  objectName: 5,
  keywords: 25,
  specialInstructions: 40,
  dateCreated: 55,
  timeCreated: 60,
  byline: 80,
  bylineTitle: 85,
  city: 90,
  country: 101,
  headline: 105,
  credit: 110,
  source: 115,
  copyrightNotice: 116,
  caption: 120,
  captionWriter: 122
} as const

/** The Application Record: every value of each dataset, decoded, in file order. */
export type IimRecord = Map<number, string[]>

const UTF8_ESCAPE = [0x1b, 0x25, 0x47] // ESC % G, record 1 dataset 90 (Coded Character Set)

const utf8 = new TextDecoder('utf-8', { fatal: true })
const windows1252 = new TextDecoder('windows-1252')

/**
 * Decodes an IIM string: UTF-8 when record 1 says so, or when the bytes are valid UTF-8 (many
 * tools write UTF-8 without saying); otherwise the Latin-1 family, the IIM default in practice.
 */
function decode(bytes: Uint8Array, declaredUtf8: boolean): string {
  let end = bytes.length
  while (end > 0 && bytes[end - 1] === 0) end--
  const trimmed = bytes.subarray(0, end)
  try {
    return utf8.decode(trimmed)
  } catch {
    return declaredUtf8 ? new TextDecoder('utf-8').decode(trimmed) : windows1252.decode(trimmed)
  }
}

/**
 * Reads an IPTC IIM block (Photoshop resource 0x0404): tag marker 0x1C, record, dataset, length
 * (two bytes, or an extended length), data. Returns the Application Record's datasets; stops at
 * the first byte that is not a tag marker (blocks are often padded with zeros).
 */
export function parseIim(bytes: Uint8Array): IimRecord {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const raw: { dataset: number; data: Uint8Array }[] = []
  let declaredUtf8 = false
  let at = 0
  while (at + 5 <= bytes.length && bytes[at] === 0x1c) {
    const record = bytes[at + 1]!
    const dataset = bytes[at + 2]!
    let length = view.getUint16(at + 3)
    let start = at + 5
    if (length & 0x8000) {
      const count = length & 0x7fff
      if (count > 4 || start + count > bytes.length) break
      length = 0
      for (let i = 0; i < count; i++) length = length * 256 + bytes[start + i]!
      start += count
    }
    if (start + length > bytes.length) break
    const data = bytes.subarray(start, start + length)
    if (record === 1 && dataset === 90) declaredUtf8 = UTF8_ESCAPE.every((b, i) => data[i] === b)
    if (record === 2) raw.push({ dataset, data })
    at = start + length
  }
  const result: IimRecord = new Map()
  for (const { dataset, data } of raw) {
    const values = result.get(dataset) ?? []
    values.push(decode(data, declaredUtf8))
    result.set(dataset, values)
  }
  return result
}
