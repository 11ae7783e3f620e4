import { lstat, mkdir } from 'node:fs/promises'
import { dirname, join, posix } from 'node:path'
import type { MediaTrashResult } from '../../../core/ipc'
import { mediaFileOf } from '../../../core/model/mediaFileOf'
import { errorCode } from '../fs/errorCode'
import { fsyncDir } from '../fs/fsyncDir'
import { renameNoClobber } from '../fs/renameNoClobber'
import { resolveInWorkspace } from '../fs/resolveInWorkspace'
import { WorkspaceError } from '../workspace/WorkspaceError'
import { assertWorkspace } from './assertWorkspace'
import { mediaUsedOnDisk } from './mediaUsedOnDisk'

const TRASH_DIR = '.trash/media'

/**
 * Moves unused files from media/ to .trash/media/ (`x-2.jpg`… when the name is taken there),
 * never deleting anything. Every path must name a file directly in media/ and stay inside the
 * workspace (symbolic links included), or nothing is moved. A file an article on disk still
 * uses — live or in the trash — is kept and says which article; so are files that are gone or
 * are not regular files.
 */
export async function trashMedia(root: string, files: readonly string[]): Promise<MediaTrashResult> {
  await assertWorkspace(root)
  const wanted: { file: string; abs: string }[] = []
  for (const requested of files) {
    const file = mediaFileOf(requested)
    if (!file) throw new WorkspaceError(`Only files in media/ can be cleaned up, not ${JSON.stringify(requested.slice(0, 200))}`)
    if (!wanted.some((w) => w.file === file)) wanted.push({ file, abs: await resolveInWorkspace(root, file) })
  }
  const used = await mediaUsedOnDisk(root)
  const trashDir = await resolveInWorkspace(root, TRASH_DIR)
  const result: MediaTrashResult = { moved: [], kept: [] }
  for (const { file, abs } of wanted) {
    const article = used.get(file)
    if (article) {
      result.kept.push({ file, reason: `still used by ${article}` })
      continue
    }
    try {
      if (!(await lstat(abs)).isFile()) {
        result.kept.push({ file, reason: 'not a file' })
        continue
      }
    } catch (err) {
      if (errorCode(err) !== 'ENOENT') throw err
      result.kept.push({ file, reason: 'no longer in media/' })
      continue
    }
    await mkdir(trashDir, { recursive: true })
    result.moved.push({ file, to: await moveNoClobber(abs, trashDir, posix.basename(file)) })
  }
  return result
}

/** Moves `abs` into `dir` as `name`, or `stem-2.ext`, `-3`… if taken; returns the workspace path. */
async function moveNoClobber(abs: string, dir: string, name: string): Promise<string> {
  const dot = name.lastIndexOf('.')
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, '']
  for (let n = 1; n < 100000; n++) {
    const candidate = n === 1 ? name : `${stem}-${n}${ext}`
    if (await renameNoClobber(abs, join(dir, candidate))) {
      await fsyncDir(dir)
      await fsyncDir(dirname(abs))
      return `${TRASH_DIR}/${candidate}`
    }
  }
  throw new WorkspaceError(`Could not find a free name for ${name} in ${TRASH_DIR}`)
}
