import { open } from 'node:fs/promises'
import { errorCode } from './errorCode'

/**
 * Flushes a directory entry change (a rename, a new file) to disk, so that after a crash
 * the file is found under its new name. Windows cannot open a directory for this (EISDIR /
 * EPERM / EACCES); NTFS journals the rename itself, so those errors are ignored.
 */
export async function fsyncDir(dir: string): Promise<void> {
  let handle
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch (err) {
    const code = errorCode(err)
    if (code === 'EISDIR' || code === 'EPERM' || code === 'EACCES' || code === 'EINVAL' || code === 'ENOTSUP') return
    throw err
  } finally {
    await handle?.close()
  }
}
