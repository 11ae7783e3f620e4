import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import type { OpenedFile } from '../../../core/ipc'
import { errorCode } from '../fs/errorCode'
import type { Logger } from '../Logger'
import { openedFileFromBytes, type ArticleImporter } from './openedFileFromBytes'

/** Same limit as the IPC contract for files passed as bytes. */
const MAX_FILE_BYTES = 50 * 1024 * 1024

/**
 * Reads a file the user picked (open dialog, "open with", second instance) and imports it.
 * Failures become a per-file `error` sentence: not found, a folder, too large, unreadable.
 * The size is checked on the open handle before reading, so a 4 GB video picked by mistake
 * is refused without being loaded.
 */
export async function openedFileFromPath(absPath: string, importer: ArticleImporter, log: Logger): Promise<OpenedFile> {
  const name = basename(absPath)
  let handle
  try {
    handle = await open(absPath, 'r')
  } catch (err) {
    const code = errorCode(err)
    if (code === 'ENOENT' || code === 'ENOTDIR') return { name, error: 'File not found.' }
    if (code === 'EISDIR') return { name, error: 'This is a folder, not a file.' }
    if (code === 'EACCES' || code === 'EPERM') return { name, error: 'Permission denied: the file cannot be read.' }
    return { name, error: `Could not open the file (${code ?? String(err)}).` }
  }
  let bytes: Uint8Array
  try {
    const st = await handle.stat()
    if (st.isDirectory()) return { name, error: 'This is a folder, not a file.' }
    if (!st.isFile()) return { name, error: 'Not a regular file.' }
    if (st.size > MAX_FILE_BYTES) {
      return { name, error: `The file is too large (${(st.size / 1024 / 1024).toFixed(1)} MB; the limit is 50 MB).` }
    }
    bytes = await handle.readFile()
  } catch (err) {
    const code = errorCode(err)
    if (code === 'EISDIR') return { name, error: 'This is a folder, not a file.' }
    return { name, error: `Could not read the file (${code ?? String(err)}).` }
  } finally {
    await handle.close()
  }
  return openedFileFromBytes(name, bytes, importer, log)
}
