import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { MediaFile } from '../../../core/ipc'
import { mediaFileOf } from '../../../core/model/mediaFileOf'
import { errorCode } from '../fs/errorCode'
import { resolveInWorkspace } from '../fs/resolveInWorkspace'
import { assertWorkspace } from './assertWorkspace'

/**
 * The files in the workspace's media/ folder with their sizes, by name: regular files only
 * (no folders, no symbolic links, no dot-files such as a photo still being written).
 */
export async function listMedia(root: string): Promise<MediaFile[]> {
  await assertWorkspace(root)
  const dir = await resolveInWorkspace(root, 'media')
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return []
    throw err
  }
  const files: MediaFile[] = []
  for (const entry of entries) {
    const file = mediaFileOf(`media/${entry.name}`)
    if (!entry.isFile() || !file) continue
    try {
      files.push({ file, size: (await stat(join(dir, entry.name))).size })
    } catch (err) {
      if (errorCode(err) !== 'ENOENT') throw err // gone while listing
    }
  }
  return files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
}
