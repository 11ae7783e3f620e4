import { randomBytes } from 'node:crypto'
import { mkdir, open, readFile, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { errorCode } from '../fs/errorCode'
import { fsyncDir } from '../fs/fsyncDir'
import { renameNoClobber } from '../fs/renameNoClobber'

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && Buffer.compare(a, b) === 0

/**
 * Writes `bytes` into `dir` as `<stem>.<ext>`, or `<stem>-2.<ext>`, `-3`… when the name is
 * taken — never over another file. The bytes go to a temp file first (fsynced), which is then
 * moved to the free name with a no-clobber rename and the folder fsynced, so a crash leaves
 * either no photo or the whole photo. A file of that name holding exactly these bytes is
 * reused (adding the same photo twice makes no copy). Returns the name used.
 */
export async function writeMediaNoClobber(dir: string, stem: string, ext: string, bytes: Uint8Array): Promise<string> {
  await mkdir(dir, { recursive: true })
  const temp = join(dir, `.${stem}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await open(temp, 'wx')
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    for (let n = 1; n < 10000; n++) {
      const name = n === 1 ? `${stem}.${ext}` : `${stem}-${n}.${ext}`
      const target = join(dir, name)
      if (await renameNoClobber(temp, target)) {
        await fsyncDir(dir)
        return name
      }
      try {
        if ((await stat(target)).size === bytes.length && sameBytes(await readFile(target), bytes)) return name
      } catch (err) {
        if (errorCode(err) !== 'ENOENT') throw err
      }
    }
    throw new Error(`Could not find a free name for ${stem}.${ext} in media/`)
  } finally {
    await unlink(temp).catch(() => {})
  }
}
