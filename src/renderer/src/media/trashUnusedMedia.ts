import type { CopydeskApi, MediaTrashResult } from '../../../core/ipc'
import { mediaFileOf } from '../../../core/model/mediaFileOf'
import { flushOutbox } from '../sync/flushOutbox'
import { mediaUsedInStore } from './mediaUsedInStore'

/**
 * Moves media files to the workspace's .trash/media/ (never deletes them). Pending article
 * edits are written first, so main — which keeps any file an article on disk still uses —
 * sees the photo already gone from the article it was removed from; a file the store's
 * articles use again by now is kept too.
 */
export async function trashUnusedMedia(api: CopydeskApi, files: readonly string[]): Promise<MediaTrashResult> {
  await flushOutbox(api)
  const used = await mediaUsedInStore()
  const kept: MediaTrashResult['kept'] = []
  const unused: string[] = []
  for (const requested of files) {
    const file = mediaFileOf(requested) ?? requested
    if (used.has(file)) kept.push({ file, reason: 'used by an article again' })
    else unused.push(file)
  }
  if (unused.length === 0) return { moved: [], kept }
  const result = await api.media.trash({ files: unused })
  return { moved: result.moved, kept: [...kept, ...result.kept] }
}
