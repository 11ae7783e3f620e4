import { useDeferredValue, useMemo, useState } from 'react'
import { FilePlus2, Trash2, Undo2 } from 'lucide-react'
import { useApp } from '../../app/AppContext'
import { Splitter } from '../../app/Splitter'
import { emptyTrash } from '../../db/emptyTrash'
import { restoreArticle } from '../../db/restoreArticle'
import { useLibrary } from '../../db/useLibrary'
import { ArticleListItem } from './ArticleListItem'
import { VirtualList } from './VirtualList'

const ROW_HEIGHT = 58

/** The left pane: filter box, the article list (or the trash), new and trash actions. */
export function LibraryPane(): React.JSX.Element {
  const { api, ui, dispatch, runCommand } = useApp()
  const trash = ui.libraryView === 'trash'
  const rows = useLibrary(ui.libraryView)
  const [filter, setFilter] = useState('')
  const deferred = useDeferredValue(filter)
  const shown = useMemo(() => {
    const q = deferred.trim().toLocaleLowerCase()
    if (!rows || !q) return rows ?? []
    return rows.filter((r) => r.headline.toLocaleLowerCase().includes(q) || r.slug.includes(q))
  }, [rows, deferred])
  const activeIndex = shown.findIndex((r) => r.id === ui.selectedId)
  const fail = (error: unknown): void =>
    dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) })

  return (
    <nav className="library-pane" aria-label="Library">
      <Splitter variable="--library-width" label="Resize library" grows="right" min={200} max={520} initial={288} />
      <div className="pane-header">
        <h2>{trash ? 'Trash' : 'Library'}</h2>
        <span className="pane-count">{rows ? rows.length.toLocaleString() : ''}</span>
        <span className="status-spacer" />
        {!trash && (
          <button type="button" className="tool" title="New article (Ctrl+N)" aria-label="New article" onClick={() => runCommand('article.new')}>
            <FilePlus2 size={16} aria-hidden="true" />
          </button>
        )}
        <button
          type="button"
          className="tool"
          aria-pressed={trash}
          aria-label={trash ? 'Back to library' : 'Show trash'}
          title={trash ? 'Back to library' : 'Show trash'}
          onClick={() => runCommand('library.showTrash')}
        >
          {trash ? <Undo2 size={16} aria-hidden="true" /> : <Trash2 size={16} aria-hidden="true" />}
        </button>
      </div>
      <input
        className="library-filter"
        type="search"
        aria-label="Filter articles"
        placeholder={trash ? 'Filter trash' : 'Filter by headline'}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      {trash && rows && rows.length > 0 && (
        <div className="trash-actions">
          <button
            type="button"
            className="danger"
            onClick={() => {
              if (confirm(`Delete ${rows.length} article(s) in the trash for good? This cannot be undone.`)) {
                emptyTrash(api).then(() => dispatch({ type: 'select', id: null }), fail)
              }
            }}
          >
            Empty trash
          </button>
        </div>
      )}
      {rows && shown.length === 0 && (
        <p className="library-empty">{trash ? 'The trash is empty.' : filter ? 'No article matches.' : 'No articles yet.'}</p>
      )}
      <VirtualList
        className="article-list"
        label={trash ? 'Trashed articles' : 'Articles'}
        items={shown}
        rowHeight={ROW_HEIGHT}
        activeIndex={activeIndex}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault()
            const next = Math.min(shown.length - 1, Math.max(0, activeIndex + (e.key === 'ArrowDown' ? 1 : -1)))
            if (shown[next]) dispatch({ type: 'select', id: shown[next].id })
          } else if (e.key === 'Enter') {
            runCommand('view.focusEditor')
          } else if (e.key === 'Delete' && !trash) {
            runCommand('article.trash')
          }
        }}
        renderRow={(row, index) => (
          <ArticleListItem
            row={row}
            index={index}
            selected={row.id === ui.selectedId}
            onSelect={() => dispatch({ type: 'select', id: row.id })}
            action={
              trash ? (
                <button
                  type="button"
                  className="row-action"
                  onClick={(e) => {
                    e.stopPropagation()
                    restoreArticle(api, row.id).then(() => dispatch({ type: 'notify', kind: 'info', text: 'Restored to the library.' }), fail)
                  }}
                >
                  Restore
                </button>
              ) : null
            }
          />
        )}
      />
    </nav>
  )
}
