import { db } from './db'

/** The first of `base`, `base-2`, `base-3`… that no article in the store uses. */
export async function uniqueSlug(base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if ((await db.articles.where('slug').equals(candidate).count()) === 0) return candidate
  }
}
