import { useEffect, useState } from 'react'
import type { DocJSON } from '../../../../core/model/DocJSON'
import { useApp } from '../../app/AppContext'
import { db } from '../../db/db'
import { useArticleRow } from '../../db/useArticleRow'
import { ArticleEditor } from './ArticleEditor'
import { EmptyEditor } from './EmptyEditor'

/**
 * The middle pane: the selected article, loaded when it is selected and again when the sync
 * moves it in or out of the trash (a deletion in the folder makes it read-only here).
 */
export function EditorPane(): React.JSX.Element {
  const { ui } = useApp()
  const live = useArticleRow(ui.selectedId)
  const trashedNow = live ? live.trashed === 1 : undefined
  const [loaded, setLoaded] = useState<{ id: string; headline: string; body: DocJSON; trashed: boolean; rejected: string[] } | null>(null)
  const [missing, setMissing] = useState(false)

  useEffect(() => {
    if (!ui.selectedId) return
    let cancelled = false
    void db.transaction('r', [db.articles, db.articleDocs], async () => {
      const row = await db.articles.get(ui.selectedId!)
      const doc = await db.articleDocs.get(ui.selectedId!)
      if (cancelled) return
      if (row && doc) setLoaded({ id: row.id, headline: row.headline, body: doc.body, trashed: row.trashed === 1, rejected: row.rejected ?? [] })
      else setMissing(true)
    })
    return () => {
      cancelled = true
    }
  }, [ui.selectedId, trashedNow])

  if (!ui.selectedId || missing) return <EmptyEditor />
  if (!loaded) return <main className="editor-pane" aria-busy="true" />
  return <ArticleEditor key={`${loaded.id}:${loaded.trashed}`} {...loaded} />
}
