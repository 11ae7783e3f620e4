import type { BackupMedia } from '../core/formats/backup/Backup'
import { sha256Hex } from '../main/services/fs/sha256Hex'
import { CliError } from './CliError'

/**
 * The bytes of a backup's media files, each checked against its size and SHA-256 before any
 * is written: a backup damaged in transit is refused whole, naming the file.
 */
export function decodeBackupMedia(path: string, media: readonly BackupMedia[]): { file: string; bytes: Buffer }[] {
  return media.map((m) => {
    const bytes = Buffer.from(m.data, 'base64')
    if (bytes.length !== m.size || sha256Hex(bytes) !== m.sha256) {
      throw new CliError(`${path}: the backup is damaged: the bytes of ${m.file} do not match its checksum`)
    }
    return { file: m.file, bytes }
  })
}
