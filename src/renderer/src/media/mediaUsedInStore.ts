import { mediaFileOf } from '../../../core/model/mediaFileOf'
import { db } from '../db/db'

/** The media files (`media/<name>`) the store's articles use — in the library or in the trash, which restores. */
export async function mediaUsedInStore(): Promise<Set<string>> {
  const used = new Set<string>()
  await db.articles.each((row) => {
    for (const photo of row.photos) {
      const file = mediaFileOf(photo.file)
      if (file) used.add(file)
    }
  })
  return used
}
