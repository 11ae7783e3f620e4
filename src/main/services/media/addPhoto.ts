import type { AddedPhoto } from '../../../core/ipc'
import { readPhotoMetadata } from '../photo/readPhotoMetadata'
import { resolveInWorkspace } from '../fs/resolveInWorkspace'
import { assertWorkspace } from './assertWorkspace'
import { mediaFileName } from './mediaFileName'
import { writeMediaNoClobber } from './writeMediaNoClobber'

/**
 * Adds a photo to the workspace: reads its embedded metadata first (a file that is not a photo
 * Copydesk reads, or is damaged, throws a PhotoMetadataError and nothing is written), then
 * copies it into media/ under a free name and returns the pre-filled photo fields.
 */
export async function addPhoto(root: string, name: string, bytes: Uint8Array): Promise<AddedPhoto> {
  const meta = await readPhotoMetadata(bytes)
  await assertWorkspace(root)
  const { stem, ext } = mediaFileName(name, meta.format)
  const dir = await resolveInWorkspace(root, 'media')
  const stored = await writeMediaNoClobber(dir, stem, ext, bytes)
  const file = `media/${stored}`
  return {
    file,
    photo: { ...meta.photo, file },
    aiGenerated: meta.aiGenerated,
    composite: meta.composite,
    // A copy: the embedded thumbnail is a view into the whole file, which need not travel back.
    thumbnail: meta.thumbnail ? new Uint8Array(meta.thumbnail.bytes) : null,
    warnings: meta.warnings
  }
}
