import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MAX_BACKUP_MEDIA_BYTES, MAX_BACKUP_MEDIA_FILE_BYTES, type BackupMedia } from '../core/formats/backup/Backup'
import { mediaFileOf } from '../core/model/mediaFileOf'
import { sha256Hex } from '../main/services/fs/sha256Hex'
import { CliError } from './CliError'

const mb = (bytes: number): string => `${Math.ceil(bytes / 1024 / 1024)} MB`

/**
 * The files of a workspace's media/ folder for a backup: regular files directly in it (not
 * dot-files such as a photo still being written, not folders or links), each with its size,
 * SHA-256 and base64 bytes. Refuses, naming the file, a file over the per-file limit or a
 * folder over the backup's total, rather than leave photos out unsaid.
 */
export async function readWorkspaceMedia(root: string): Promise<BackupMedia[]> {
  const dir = join(root, 'media')
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw new CliError(`cannot read ${dir}: ${(error as Error).message}`)
  }
  const media: BackupMedia[] = []
  let total = 0
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const file = mediaFileOf(`media/${entry.name}`)
    if (!entry.isFile() || !file) continue
    let bytes: Buffer
    try {
      bytes = await readFile(join(dir, entry.name))
    } catch (error) {
      throw new CliError(`cannot read ${file}: ${(error as Error).message}`)
    }
    if (bytes.length > MAX_BACKUP_MEDIA_FILE_BYTES) {
      throw new CliError(`${file} is ${mb(bytes.length)}; a backup holds media files up to ${mb(MAX_BACKUP_MEDIA_FILE_BYTES)} each (pass --no-media and copy media/ separately)`)
    }
    total += bytes.length
    if (total > MAX_BACKUP_MEDIA_BYTES) {
      throw new CliError(`media/ holds more than ${mb(MAX_BACKUP_MEDIA_BYTES)}, the most one backup file holds (pass --no-media and copy media/ separately)`)
    }
    media.push({ file, size: bytes.length, sha256: sha256Hex(bytes), data: bytes.toString('base64') })
  }
  return media
}
