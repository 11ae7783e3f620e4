import { open } from 'node:fs/promises'
import { posix } from 'node:path'
import { errorCode } from '../fs/errorCode'
import { resolveInWorkspace } from '../fs/resolveInWorkspace'
import { MIME_TYPES, sniffImageFormat } from '../photo/sniffImageFormat'
import { WorkspaceError } from '../workspace/WorkspaceError'

const MAX_BYTES = 50 * 1024 * 1024

/**
 * The bytes of an image in the workspace's media/ folder, with its MIME type (from the bytes,
 * not the name), for the renderer to show. Only media/ is served, only images.
 */
export async function readMedia(root: string, file: string): Promise<{ bytes: Uint8Array; mimeType: string }> {
  const normal = posix.normalize(file.replace(/\\/g, '/'))
  if (!/^media\/[^/]+$/.test(normal)) throw new WorkspaceError(`Only photos in media/ can be shown, not ${JSON.stringify(file.slice(0, 200))}`)
  const abs = await resolveInWorkspace(root, normal)
  let handle
  try {
    handle = await open(abs, 'r')
  } catch (err) {
    if (errorCode(err) === 'ENOENT') throw new WorkspaceError(`The photo ${normal} is not in the workspace folder any more.`)
    throw err
  }
  try {
    const st = await handle.stat()
    if (!st.isFile()) throw new WorkspaceError(`Not a file: ${normal}`)
    if (st.size > MAX_BYTES) throw new WorkspaceError(`The photo ${normal} is too large to show (over 50 MB).`)
    const bytes = new Uint8Array(await handle.readFile())
    const format = sniffImageFormat(bytes)
    if (!format || !(format in MIME_TYPES)) throw new WorkspaceError(`${normal} is not an image Copydesk shows.`)
    return { bytes, mimeType: MIME_TYPES[format as keyof typeof MIME_TYPES] }
  } finally {
    await handle.close()
  }
}
