import { useLiveQuery } from 'dexie-react-hooks'
import type { ArticleRow } from './ArticleRow'
import { db } from './db'

/** Live list of the library (newest first), or of the trash. undefined while loading. */
export function useLibrary(view: 'live' | 'trash'): ArticleRow[] | undefined {
  return useLiveQuery(() => {
    const flag = view === 'trash' ? 1 : 0
    return db.articles.where('[trashed+updatedAt]').between([flag, ''], [flag, '\uffff']).reverse().toArray()
  }, [view])
}
