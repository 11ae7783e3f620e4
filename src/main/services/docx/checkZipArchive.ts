import { inflateRawSync } from 'node:zlib'
import { ImportError } from '../../../core/formats/ImportError'

export interface ZipLimits {
  /** Most entries the archive may list. */
  maxEntries: number
  /** Most bytes all entries may unpack to together. */
  maxTotalBytes: number
  /** Highest uncompressed/compressed ratio for an entry above `ratioFloorBytes`. */
  maxRatio: number
  /** Entries smaller than this are not ratio-checked (tiny XML parts compress very well, harmlessly). */
  ratioFloorBytes: number
}

/** A Word document has tens of parts and rarely unpacks to more than a few megabytes of XML. */
export const DOCX_LIMITS: ZipLimits = { maxEntries: 1000, maxTotalBytes: 100 * 1024 * 1024, maxRatio: 100, ratioFloorBytes: 1024 * 1024 }

export interface ZipEntry {
  name: string
  compressedSize: number
  size: number
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const MiB = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`

const notZip = (): ImportError => new ImportError('The file is not a Word document (.docx): it is not a readable ZIP archive')
const damaged = (): ImportError => new ImportError('The Word document is damaged: its ZIP archive is inconsistent')

/**
 * Checks a ZIP archive before anything unpacks it (mammoth, JSZip): reads the central directory
 * itself and refuses too many entries, ZIP64 and encrypted archives, unknown compression,
 * declared sizes over the limits and suspicious compression ratios (zip bombs). Then it
 * inflates every entry with the declared size as a hard output cap, so an archive that lies
 * about its sizes is refused too, without ever holding more than the limit in memory; `inspect`
 * sees each entry's bytes on the way. Returns the entries; throws an ImportError that says which limit was exceeded.
 */
export function checkZipArchive(
  bytes: Uint8Array,
  limits: ZipLimits = DOCX_LIMITS,
  /** Sees each entry's unpacked bytes once checked; may throw to refuse the archive. */
  inspect?: (name: string, data: Uint8Array) => void
): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const u16 = (o: number): number => view.getUint16(o, true)
  const u32 = (o: number): number => view.getUint32(o, true)
  if (bytes.byteLength < 22) throw notZip()

  let eocd = -1
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i--) {
    if (u32(i) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw notZip()
  const count = u16(eocd + 10)
  const dirSize = u32(eocd + 12)
  const dirOffset = u32(eocd + 16)
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    throw new ImportError('The Word document is a ZIP64 archive, which is not read; a normal .docx never needs one')
  }
  if (count > limits.maxEntries) throw new ImportError(`The Word document's archive has ${count} entries; at most ${limits.maxEntries} are read`)
  if (dirOffset + dirSize > eocd) throw damaged()

  const entries: (ZipEntry & { method: number; localOffset: number })[] = []
  let total = 0
  let p = dirOffset
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || u32(p) !== CENTRAL) throw damaged()
    const flags = u16(p + 8)
    const method = u16(p + 10)
    const compressedSize = u32(p + 20)
    const size = u32(p + 24)
    const nameLength = u16(p + 28)
    const next = p + 46 + nameLength + u16(p + 30) + u16(p + 32)
    if (next > eocd) throw damaged()
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength))
    const localOffset = u32(p + 42)
    p = next
    if (flags & 0x1) throw new ImportError('The Word document is password-protected; remove the password in Word and try again')
    if (compressedSize === 0xffffffff || size === 0xffffffff) throw new ImportError('The Word document is a ZIP64 archive, which is not read; a normal .docx never needs one')
    if (method !== 0 && method !== 8) throw new ImportError(`The Word document uses a compression method this app does not read (${method})`)
    total += size
    if (total > limits.maxTotalBytes) throw new ImportError(`The Word document would unpack to more than ${MiB(limits.maxTotalBytes)}; it is not read`)
    if (size > limits.ratioFloorBytes && size > compressedSize * limits.maxRatio) {
      throw new ImportError(`The Word document's part ${name.slice(0, 80)} is compressed more than ${limits.maxRatio} to 1 (a zip bomb?); it is not read`)
    }
    entries.push({ name, compressedSize, size, method, localOffset })
  }

  for (const e of entries) {
    const o = e.localOffset
    if (o + 30 > bytes.byteLength || u32(o) !== LOCAL) throw damaged()
    const start = o + 30 + u16(o + 26) + u16(o + 28)
    const end = start + e.compressedSize
    if (end > bytes.byteLength) throw damaged()
    if (e.method === 0) {
      if (e.compressedSize !== e.size) throw damaged()
      inspect?.(e.name, bytes.subarray(start, end))
      continue
    }
    let out: Buffer
    try {
      out = inflateRawSync(bytes.subarray(start, end), { maxOutputLength: Math.max(e.size, 1) })
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ImportError(`The Word document's part ${e.name.slice(0, 80)} unpacks to more than it declares (a zip bomb?); it is not read`)
      }
      throw damaged()
    }
    if (out.byteLength !== e.size) throw damaged()
    inspect?.(e.name, out)
  }
  return entries.map(({ name, compressedSize, size }) => ({ name, compressedSize, size }))
}
