import type { Photo } from '../../../core/model/Article'
import { db } from './db'
import { updateArticleMeta } from './updateArticleMeta'

const WRITE_TABLES = () => [db.articles, db.articleDocs, db.revisions, db.outbox]

/** Adds photos to the end of an article's list (a file already in it is not added twice). */
export function appendPhotos(articleId: string, photos: Photo[]): Promise<number> {
  return db.transaction('rw', WRITE_TABLES(), async () => {
    const row = await db.articles.get(articleId)
    if (!row) throw new Error('This article no longer exists in the store.')
    const have = new Set(row.photos.map((p) => p.file).filter(Boolean))
    const fresh = photos.filter((p) => !p.file || !have.has(p.file))
    if (fresh.length) await updateArticleMeta(articleId, { photos: [...row.photos, ...fresh] })
    return fresh.length
  })
}

/**
 * Changes one photo of an article: fields in `patch` set (undefined or '' clears them, but the
 * credit line stays a string); null removes the photo. `file` names the photo expected at
 * `index`, so an edit never lands on another photo after the list changed.
 */
export function updatePhoto(articleId: string, index: number, file: string | undefined, patch: Partial<Photo> | null): Promise<void> {
  return db.transaction('rw', WRITE_TABLES(), async () => {
    const row = await db.articles.get(articleId)
    if (!row) throw new Error('This article no longer exists in the store.')
    const current = row.photos[index]
    if (!current || current.file !== file) throw new Error('That photo is no longer in the article.')
    if (patch === null) {
      await updateArticleMeta(articleId, { photos: row.photos.filter((_, i) => i !== index) })
      return
    }
    const next: Photo = { ...current }
    for (const [key, value] of Object.entries(patch) as [keyof Photo, string | undefined][]) {
      if (key === 'creditLine') next.creditLine = value ?? ''
      else if (value === undefined || value.trim() === '') delete next[key]
      else next[key] = value
    }
    await updateArticleMeta(articleId, { photos: row.photos.map((p, i) => (i === index ? next : p)) })
  })
}
