import { createHash } from 'node:crypto'

/**
 * The content hash the IPC contract uses (sha256, lowercase hex). Strings hash as their
 * UTF-8 bytes, which is exactly what atomicWriteFile puts on disk, so the hash of written
 * content equals the hash of the file read back.
 */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex')
}
