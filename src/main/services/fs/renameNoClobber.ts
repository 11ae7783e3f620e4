import { link, lstat, rename, unlink } from 'node:fs/promises'
import { errorCode } from './errorCode'

/**
 * Moves `from` to `to` only if `to` does not exist; returns false (moving nothing) when it
 * does. A plain rename silently replaces the target, which could destroy an article that a
 * sync tool dropped there a moment earlier, so a hard link is used: it fails atomically with
 * EEXIST. File systems without hard links (FAT, exFAT, some network shares) fall back to
 * check-then-rename, which leaves only a tiny window.
 */
export async function renameNoClobber(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to)
  } catch (err) {
    const code = errorCode(err)
    if (code === 'EEXIST') return false
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS' || code === 'EXDEV' || code === 'EMLINK' || code === 'EOPNOTSUPP') {
      try {
        await lstat(to)
        return false
      } catch (statErr) {
        if (errorCode(statErr) !== 'ENOENT') throw statErr
      }
      await rename(from, to)
      return true
    }
    throw err
  }
  // Both names now point at the same content; dropping the old one cannot lose anything.
  await unlink(from)
  return true
}
