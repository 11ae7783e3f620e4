import { useState } from 'react'
import { useApp } from '../../../app/AppContext'
import { ConfirmBox } from '../../../app/ConfirmBox'
import type { SourceRow } from '../../../db/CopydeskDB'
import { articlesUsingSource } from '../../../sources/articlesUsingSource'
import { deleteSource } from '../../../sources/deleteSource'

const articles = (n: number): string => `${n} article${n === 1 ? '' : 's'}`

/**
 * Deletes a registry source after saying how many articles use it and what they lose; its
 * file moves to the workspace's .trash/sources/, so it can be fetched back by hand.
 */
export function SourceDelete({ source, disabled }: { source: SourceRow; disabled?: boolean }): React.JSX.Element {
  const { api, ui, dispatch, editorRef } = useApp()
  const [using, setUsing] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)
  const fail = (error: unknown): void => dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) })

  if (using === null) {
    return (
      <button
        type="button"
        className="link-button danger"
        disabled={disabled || busy}
        aria-label={`Delete ${source.name} from the workspace`}
        onClick={() => {
          setBusy(true)
          articlesUsingSource(source.id)
            .then((ids) => setUsing(ids.length))
            .catch(fail)
            .finally(() => setBusy(false))
        }}
      >
        Delete…
      </button>
    )
  }
  const open = ui.selectedId && editorRef.current ? { id: ui.selectedId, editor: editorRef.current } : null
  return (
    <ConfirmBox
      label={`Delete ${source.name}`}
      className="source-delete"
      confirmLabel={`Delete ${source.name}`}
      onCancel={() => setUsing(null)}
      onConfirm={() =>
        deleteSource(api, source.id, open)
          .then((n) => {
            dispatch({ type: 'notify', kind: 'info', text: `Deleted ${source.name}${n ? ` and its references in ${articles(n)}` : ''}.` })
          })
          .catch((error: unknown) => {
            setUsing(null)
            fail(error)
          })
      }
    >
      {using === 0
        ? `${source.name} is not used in any article.`
        : `${source.name} is used in ${articles(using)}. Deleting it detaches it from ${using === 1 ? 'that article' : 'them'}, removes its attribution tags (the words stay) and clears it as the source of quotes.`}{' '}
      Its file moves to the workspace’s .trash folder.
    </ConfirmBox>
  )
}
