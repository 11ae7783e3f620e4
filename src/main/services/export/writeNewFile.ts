import { mkdir, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { fsyncDir } from '../fs/fsyncDir'
import { renameNoClobber } from '../fs/renameNoClobber'

/**
 * Writes a file that must not exist yet, atomically: the content goes to a temporary file
 * beside it (fsynced), which then takes the name only if nothing has it (renameNoClobber), so a
 * file that appeared meanwhile is never replaced and no reader sees half a file. Returns false,
 * writing nothing, when the name is taken.
 */
export async function writeNewFile(path: string, content: string | Uint8Array): Promise<boolean> {
  const dir = dirname(path)
  await mkdir(dir, { recursive: true })
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  await writeFile(temp, content, typeof content === 'string' ? { encoding: 'utf8', flush: true } : { flush: true })
  let placed = false
  try {
    placed = await renameNoClobber(temp, path)
  } finally {
    if (!placed) await unlink(temp).catch(() => {})
  }
  if (placed) await fsyncDir(dir)
  return placed
}
