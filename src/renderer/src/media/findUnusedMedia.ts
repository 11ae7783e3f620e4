import type { CopydeskApi, MediaFile } from '../../../core/ipc'
import { mediaUsedInStore } from './mediaUsedInStore'

/** The files in the workspace's media/ folder that no article uses (none in the library, none in the trash). */
export async function findUnusedMedia(api: CopydeskApi): Promise<MediaFile[]> {
  const [{ files }, used] = await Promise.all([api.media.list(), mediaUsedInStore()])
  return files.filter((f) => !used.has(f.file))
}
