import type { CopydeskApi } from '../../../core/ipc'
import { db } from './db'

/** Brings an article back from the trash (main picks a free file name if the old one is taken). */
export async function restoreArticle(api: CopydeskApi, id: string): Promise<void> {
  const row = await db.articles.get(id)
  if (!row || !row.trashed) return
  const { file } = await api.articles.restore({ file: row.file })
  const slug = file.replace(/^.*\//, '').replace(/\.md$/, '')
  await db.articles.update(id, { trashed: 0, file, slug, updatedAt: new Date().toISOString() })
}
