import { useCallback } from 'react'
import { useApp } from '../../../app/AppContext'
import type { ArticleRow } from '../../../db/ArticleRow'
import { editArticleMeta } from '../../../db/editArticleMeta'
import type { ArticleMetaPatch } from '../../../db/updateArticleMeta'

/**
 * Saves a metadata change of one article (store at once, file via the outbox): a patch, or a
 * function of the stored row for edits of lists and groups. Failures become a notice.
 */
export function useSaveMeta(articleId: string): (change: ArticleMetaPatch | ((row: ArticleRow) => ArticleMetaPatch | null)) => void {
  const { dispatch } = useApp()
  return useCallback(
    (change) => {
      editArticleMeta(articleId, typeof change === 'function' ? change : () => change).catch((error: unknown) =>
        dispatch({ type: 'notify', kind: 'error', text: `Could not save: ${error instanceof Error ? error.message : String(error)}` })
      )
    },
    [articleId, dispatch]
  )
}
