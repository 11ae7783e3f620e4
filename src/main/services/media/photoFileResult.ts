import type { PhotoFileResult } from '../../../core/ipc'
import type { Logger } from '../Logger'
import { PhotoMetadataError } from '../photo/PhotoMetadataError'
import { WorkspaceError } from '../workspace/WorkspaceError'
import { addPhoto } from './addPhoto'

/**
 * addPhoto as the renderer wants it: the added photo, or a one-line reason it was not added
 * (not an image, damaged, folder unreachable) — the desk sees a notice, not a stack.
 */
export async function photoFileResult(root: string, name: string, bytes: Uint8Array, log: Logger): Promise<PhotoFileResult> {
  try {
    return { name, added: await addPhoto(root, name, bytes) }
  } catch (error) {
    if (error instanceof PhotoMetadataError || error instanceof WorkspaceError) return { name, error: error.message }
    log.error(`Could not add the photo ${name}`, error)
    return { name, error: `Could not add the photo: ${error instanceof Error ? error.message : String(error)}` }
  }
}
