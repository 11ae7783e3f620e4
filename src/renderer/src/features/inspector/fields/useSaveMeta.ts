import { useCallback } from 'react'
import { useApp } from '../../../app/AppContext'
import { updateArticleMeta, type ArticleMetaPatch } from '../../../db/updateArticleMeta'

/** Saves a metadata change of one article (store at once, file via the outbox); failures become a notice. */
export function useSaveMeta(articleId: string): (patch: ArticleMetaPatch) => void {
  const { dispatch } = useApp()
  return useCallback(
    (patch) => {
      updateArticleMeta(articleId, patch).catch((error: unknown) =>
        dispatch({ type: 'notify', kind: 'error', text: `Could not save: ${error instanceof Error ? error.message : String(error)}` })
      )
    },
    [articleId, dispatch]
  )
}
