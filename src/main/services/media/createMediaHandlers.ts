import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import type { HandlerTable, PhotoFileResult } from '../../../core/ipc'
import type { Logger } from '../Logger'
import type { DialogPort } from '../ports/DialogPort'
import { mapWithConcurrency } from '../util/mapWithConcurrency'
import { photoFileResult } from './photoFileResult'
import { listMedia } from './listMedia'
import { readMedia } from './readMedia'
import { trashMedia } from './trashMedia'

const MAX_BYTES = 50 * 1024 * 1024
/** What the add-photo dialog offers: the formats readPhotoMetadata reads. */
const PHOTO_FILTERS = [{ name: 'Photos', extensions: ['jpg', 'jpeg', 'png', 'webp', 'tif', 'tiff', 'heic', 'heif', 'avif'] }]

export type MediaHandlers = Pick<HandlerTable, 'photos:add' | 'photos:choose' | 'media:read' | 'media:list' | 'media:trash'>

/** Reads a chosen file, refusing what is not a regular file or too large, as a result, not a throw. */
async function readChosen(path: string): Promise<{ bytes: Uint8Array } | { error: string }> {
  let handle
  try {
    handle = await open(path, 'r')
    const st = await handle.stat()
    if (!st.isFile()) return { error: 'Not a file.' }
    if (st.size > MAX_BYTES) return { error: 'Larger than 50 MB; Copydesk takes photos up to 50 MB.' }
    return { bytes: new Uint8Array(await handle.readFile()) }
  } catch (error) {
    return { error: `Could not be read (${error instanceof Error ? error.message : String(error)}).` }
  } finally {
    await handle?.close()
  }
}

/**
 * The photo channels: add dropped bytes or dialog-picked files to the workspace's media/ folder
 * (each answered with its pre-filled fields or a plain reason), serve media/ files back for
 * thumbnails, list them, and move unused ones to .trash/media/. `root` is the current workspace folder.
 */
export function createMediaHandlers(deps: { root: () => Promise<string>; dialog: DialogPort; log: Logger }): MediaHandlers {
  return {
    'photos:add': async ({ name, bytes }) => photoFileResult(await deps.root(), name, bytes, deps.log),
    'photos:choose': async () => {
      const paths = await deps.dialog.openFiles({ purpose: 'photo', filters: PHOTO_FILTERS })
      if (!paths || paths.length === 0) return { files: [] }
      const root = await deps.root()
      const files = await mapWithConcurrency(paths, 2, async (path): Promise<PhotoFileResult> => {
        const name = basename(path)
        const read = await readChosen(path)
        if ('error' in read) return { name, error: read.error }
        return photoFileResult(root, name, read.bytes, deps.log)
      })
      return { files }
    },
    'media:read': async ({ file }) => readMedia(await deps.root(), file),
    'media:list': async () => ({ files: await listMedia(await deps.root()) }),
    'media:trash': async ({ files }) => trashMedia(await deps.root(), files)
  }
}
