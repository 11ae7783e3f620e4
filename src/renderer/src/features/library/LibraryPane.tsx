import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { FilePlus2, SlidersHorizontal, Trash2, Undo2 } from 'lucide-react'
import { parseQuery } from '../../../../core/search/parseQuery'
import type { SearchSort } from '../../../../core/search/SearchIndex'
import { isEmptyQuery } from '../../../../core/search/SearchQuery'
import { useApp } from '../../app/AppContext'
import { Splitter } from '../../app/Splitter'
import type { ArticleRow } from '../../db/ArticleRow'
import { emptyTrash } from '../../db/emptyTrash'
import { restoreArticle } from '../../db/restoreArticle'
import { useLibrary } from '../../db/useLibrary'
import { searchHighlight } from '../../search/searchHighlight'
import { usePreviews } from '../../search/usePreviews'
import { useSearch } from '../../search/useSearch'
import { warmSearch } from '../../search/searchClient'
import { ArticleListItem } from './ArticleListItem'
import { focusEditorWhenReady } from './focusEditorWhenReady'
import { nextSelection } from './nextSelection'
import { SearchFilters } from './SearchFilters'
import { SearchResultItem } from './SearchResultItem'
import { SearchStatusLine } from './SearchStatusLine'
import { SelectionBar } from './SelectionBar'
import { VirtualList } from './VirtualList'
import './search.css'

const ROW_HEIGHT = 58
const RESULT_ROW_HEIGHT = 92

/**
 * The left pane: the search box (full text and filters over the whole library, results with
 * their matches marked), the article list (or the trash), new and trash actions. In the
 * library, Ctrl/Cmd+click, Shift+click and Shift+arrows select several articles (for export).
 */
export function LibraryPane(): React.JSX.Element {
  const { api, ui, dispatch, runCommand, editorRef } = useApp()
  const trash = ui.libraryView === 'trash'
  const rows = useLibrary(ui.libraryView)
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<SearchSort>('relevance')
  const [showFilters, setShowFilters] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const deferred = useDeferredValue(query)
  const parsed = useMemo(() => parseQuery(query), [query])
  // Only filters not understood still search (everything), so the note saying so shows.
  const searching = !trash && (!isEmptyQuery(parsed) || parsed.problems.length > 0)
  const { answer, status } = useSearch(query, sort, searching)
  const { preview, want } = usePreviews(answer)

  // The opened article highlights what the search matched.
  useEffect(() => {
    if (searching && answer) searchHighlight.set({ terms: answer.terms, phrases: answer.phrases })
    else if (!searching) searchHighlight.clear()
  }, [searching, answer])

  const byId = useMemo(() => new Map((rows ?? []).map((r) => [r.id, r])), [rows])
  const indexUsable = answer !== null
  const shown: ArticleRow[] = useMemo(() => {
    if (searching && answer) return answer.ids.flatMap((id) => byId.get(id) ?? [])
    const q = deferred.trim().toLocaleLowerCase()
    if (!rows || !q) return rows ?? []
    // The trash, and the moment before the index answers: headlines only.
    return rows.filter((r) => r.headline.toLocaleLowerCase().includes(q) || r.slug.includes(q))
  }, [searching, answer, byId, rows, deferred])
  const activeIndex = shown.findIndex((r) => r.id === ui.selectedId)
  const multi = !trash
  const selection = ui.librarySelection
  const selected = useMemo(() => new Set(selection.ids), [selection.ids])
  const order = useMemo(() => shown.map((r) => r.id), [shown])
  /** The open row is marked apart when the selection is more (or other) than it. */
  const markCurrent = multi && (selection.ids.length > 1 || (ui.selectedId !== null && !selected.has(ui.selectedId)))
  const fail = (error: unknown): void =>
    dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) })

  const select = (row: ArticleRow | undefined): void => {
    if (!row) return
    if (row.id === ui.selectedId) {
      // Already open: a plain click or arrow makes it the whole selection again.
      if (selection.ids.length !== 1 || selection.ids[0] !== row.id) dispatch({ type: 'librarySelection', selection: nextSelection(selection, order, row.id, 'only') })
      return
    }
    if (searching) searchHighlight.revealOnOpen()
    dispatch({ type: 'select', id: row.id })
  }
  const clickRow = (row: ArticleRow, e: React.MouseEvent): void => {
    const modifier = e.ctrlKey || e.metaKey
    if (!multi || (!modifier && !e.shiftKey)) {
      select(row)
      return
    }
    const gesture = e.shiftKey ? (modifier ? 'addRange' : 'range') : 'toggle'
    dispatch({ type: 'librarySelection', selection: nextSelection(selection, order, row.id, gesture) })
  }
  /** Arrows open the next article; with Shift they also extend the selection from its anchor. */
  const move = (step: 1 | -1, extend = false): void => {
    const next = shown[Math.min(shown.length - 1, Math.max(0, activeIndex + step))]
    if (!extend || !multi || !next) {
      select(next)
      return
    }
    if (next.id === ui.selectedId) return
    if (searching) searchHighlight.revealOnOpen()
    dispatch({ type: 'librarySelection', selection: nextSelection(selection, order, next.id, 'range'), open: next.id })
  }
  const toEditor = (): void => {
    if (activeIndex < 0 && shown[0]) {
      const before = editorRef.current
      select(shown[0])
      focusEditorWhenReady(editorRef, before)
    } else focusEditorWhenReady(editorRef, null)
  }
  /** Keys of the search box and the list; Shift+arrows extend the selection in the list only (the box keeps them for its text). */
  const resultsKeys = (e: React.KeyboardEvent, inList = false): boolean => {
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && (inList || !e.shiftKey)) {
      e.preventDefault()
      move(e.key === 'ArrowDown' ? 1 : -1, inList && e.shiftKey)
    } else if (e.key === 'Enter') {
      e.preventDefault()
      toEditor()
    } else if (e.key === 'Escape') {
      e.preventDefault()
      if (ui.selectedId) focusEditorWhenReady(editorRef, null)
      else setQuery('')
    } else return false
    return true
  }

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
      <div className="search-box">
        <input
          ref={input}
          className="library-filter"
          type="search"
          role="combobox"
          aria-expanded={searching}
          aria-controls="library-list"
          aria-activedescendant={searching && activeIndex >= 0 ? `row-${activeIndex}` : undefined}
          aria-label={trash ? 'Filter trash' : 'Search articles'}
          placeholder={trash ? 'Filter trash' : 'Search text, quotes, credits…'}
          data-focus="search"
          value={query}
          // The index starts when a search is in sight, never with the app: a first start may be
          // reading a whole folder into the store, and the index would compete with it.
          onFocus={() => !trash && warmSearch()}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (!trash) resultsKeys(e)
          }}
        />
        {!trash && (
          <button
            type="button"
            className="tool"
            aria-label="Search filters"
            title="Filters: status, dates, speaker, entity, source, agency, checks"
            aria-expanded={showFilters}
            aria-pressed={showFilters}
            onClick={() => setShowFilters((v) => !v)}
          >
            <SlidersHorizontal size={15} aria-hidden="true" />
          </button>
        )}
      </div>
      {!trash && showFilters && <SearchFilters query={query} onQuery={setQuery} sort={sort} onSort={setSort} />}
      {searching && <SearchStatusLine answer={answer} status={status} shown={shown.length} sort={sort} onSort={setSort} />}
      {multi && <SelectionBar ids={selection.ids.filter((id) => byId.has(id))} />}
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
      {rows && shown.length === 0 && (!searching || indexUsable) && (
        <p className="library-empty">{trash ? (query ? 'No article matches.' : 'The trash is empty.') : query ? 'No article matches.' : 'No articles yet.'}</p>
      )}
      <VirtualList
        id="library-list"
        className="article-list"
        label={trash ? 'Trashed articles' : searching ? 'Search results' : 'Articles'}
        items={shown}
        rowHeight={searching && indexUsable ? RESULT_ROW_HEIGHT : ROW_HEIGHT}
        activeIndex={activeIndex}
        multiselectable={multi}
        onKeyDown={(e) => {
          if (resultsKeys(e, true)) return
          if (e.key === 'Delete' && !trash) runCommand('article.trash')
        }}
        renderRow={(row, index) =>
          searching && indexUsable ? (
            <SearchResultItem
              row={row}
              index={index}
              selected={selected.has(row.id)}
              current={markCurrent && row.id === ui.selectedId}
              preview={preview(row.id)}
              want={want}
              onSelect={(e) => clickRow(row, e)}
            />
          ) : (
            <ArticleListItem
              row={row}
              index={index}
              selected={multi ? selected.has(row.id) : row.id === ui.selectedId}
              current={markCurrent && row.id === ui.selectedId}
              onSelect={(e) => clickRow(row, e)}
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
          )
        }
      />
    </nav>
  )
}
