import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { FilePlus2, SlidersHorizontal, Trash2, Undo2 } from 'lucide-react'
import { parseQuery } from '../../../../core/search/parseQuery'
import type { SearchSort } from '../../../../core/search/SearchIndex'
import { isEmptyQuery } from '../../../../core/search/SearchQuery'
import { useApp } from '../../app/AppContext'
import { Splitter } from '../../app/Splitter'
import type { ArticleRow } from '../../db/ArticleRow'
import { emptyTrash } from '../../db/emptyTrash'
import { markLibraryShown } from '../../db/libraryShown'
import { restoreArticle } from '../../db/restoreArticle'
import { filterHeadlines, useArticleRows, useLibraryHeadlines, useLibraryList, type LibraryList } from '../../db/useLibrary'
import { searchHighlight } from '../../search/searchHighlight'
import { flushOutbox } from '../../sync/flushOutbox'
import { usePreviews } from '../../search/usePreviews'
import { useSearch } from '../../search/useSearch'
import { warmSearch } from '../../search/searchClient'
import { ArticleListItem } from './ArticleListItem'
import { focusEditorWhenReady } from './focusEditorWhenReady'
import { listedIds, ROW_PAGE, rowWindow } from './listedIds'
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
 * The list is ids (keys of the index, cheap to read again after a write); only the rows on
 * screen are read in full.
 */
export function LibraryPane(): React.JSX.Element {
  const { api, ui, dispatch, runCommand, editorRef } = useApp()
  const trash = ui.libraryView === 'trash'
  const list = useLibraryList(ui.libraryView)
  const ids = list?.ids
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

  const inView = useMemo(() => new Set(ids), [ids])
  const indexUsable = answer !== null
  const results = searching && answer ? answer.ids : null
  // The trash, and the moment before the index answers: headlines only (read only while a filter is typed).
  const filterText = results ? '' : deferred.trim()
  const headlines = useLibraryHeadlines(ui.libraryView, filterText !== '')
  const filtered = useMemo(() => (filterText && headlines ? filterHeadlines(headlines, filterText) : null), [filterText, headlines])
  const shown = useMemo(() => listedIds(ids ?? [], { results, filtered }, inView), [ids, results, filtered, inView])
  const activeIndex = ui.selectedId === null ? -1 : shown.indexOf(ui.selectedId)
  const multi = !trash
  const selection = ui.librarySelection
  const selected = useMemo(() => new Set(selection.ids), [selection.ids])
  const order = shown

  // Rows are read for the part of the list on screen only.
  const [span, setSpan] = useState(() => rowWindow(0, 2 * ROW_PAGE))
  const onRange = useCallback((first: number, last: number) => {
    const next = rowWindow(first, last)
    setSpan((prev) => (prev.from === next.from && prev.to === next.to ? prev : next))
  }, [])
  const windowIds = useMemo(() => shown.slice(span.from, span.to), [shown, span])
  const { key: readFor, rows: windowRows } = useArticleRows(windowIds)
  // The rows read with the first ids fill the first screen until the rows on screen have been
  // read once (after that they may be out of date).
  const [headUsed, setHeadUsed] = useState<LibraryList['head'] | null>(null)
  const windowRead = windowIds.length > 0 && readFor === windowIds.join('\n')
  useEffect(() => {
    if (list && windowRead) setHeadUsed(list.head)
  }, [list, windowRead])
  const rowOf = (id: string): ArticleRow | undefined => windowRows.get(id) ?? (list && headUsed !== list.head ? list.head.get(id) : undefined)
  const firstShown = shown.length === 0 || rowOf(shown[Math.min(span.from, shown.length - 1)]!) !== undefined
  useEffect(() => {
    if (ids && firstShown) markLibraryShown()
  }, [ids, firstShown])
  /** The open row is marked apart when the selection is more (or other) than it. */
  const markCurrent = multi && (selection.ids.length > 1 || (ui.selectedId !== null && !selected.has(ui.selectedId)))
  const fail = (error: unknown): void =>
    dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) })

  const select = (id: string | undefined): void => {
    if (!id) return
    if (id === ui.selectedId) {
      // Already open: a plain click or arrow makes it the whole selection again.
      if (selection.ids.length !== 1 || selection.ids[0] !== id) dispatch({ type: 'librarySelection', selection: nextSelection(selection, order, id, 'only') })
      return
    }
    if (searching) searchHighlight.revealOnOpen()
    dispatch({ type: 'select', id })
  }
  const clickRow = (id: string, e: React.MouseEvent): void => {
    const modifier = e.ctrlKey || e.metaKey
    if (!multi || (!modifier && !e.shiftKey)) {
      select(id)
      return
    }
    const gesture = e.shiftKey ? (modifier ? 'addRange' : 'range') : 'toggle'
    dispatch({ type: 'librarySelection', selection: nextSelection(selection, order, id, gesture) })
  }
  /** Arrows open the next article; with Shift they also extend the selection from its anchor. */
  const move = (step: 1 | -1, extend = false): void => {
    const next = shown[Math.min(shown.length - 1, Math.max(0, activeIndex + step))]
    if (!extend || !multi || !next) {
      select(next)
      return
    }
    if (next === ui.selectedId) return
    if (searching) searchHighlight.revealOnOpen()
    dispatch({ type: 'librarySelection', selection: nextSelection(selection, order, next, 'range'), open: next })
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
        <span className="pane-count">{list?.complete ? list.ids.length.toLocaleString() : ''}</span>
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
      {multi && <SelectionBar ids={selection.ids.filter((id) => inView.has(id))} />}
      {trash && list?.complete && list.ids.length > 0 && (
        <div className="trash-actions">
          <button
            type="button"
            className="danger"
            onClick={() => {
              if (confirm(`Delete ${list.ids.length} article(s) in the trash for good? This cannot be undone.`)) {
                // An article just trashed may still be on its way to .trash: the queued moves go first.
                flushOutbox(api)
                  .catch(() => {})
                  .then(() => emptyTrash(api))
                  .then(() => dispatch({ type: 'select', id: null }), fail)
              }
            }}
          >
            Empty trash
          </button>
        </div>
      )}
      {ids && shown.length === 0 && (!searching || indexUsable) && (
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
        onRange={onRange}
        onKeyDown={(e) => {
          if (resultsKeys(e, true)) return
          if (e.key === 'Delete' && !trash) runCommand('article.trash')
        }}
        renderRow={(id, index) => {
          const row = rowOf(id)
          if (!row) return <RowPlaceholder index={index} selected={multi ? selected.has(id) : id === ui.selectedId} />
          return searching && indexUsable ? (
            <SearchResultItem
              row={row}
              index={index}
              selected={selected.has(row.id)}
              current={markCurrent && row.id === ui.selectedId}
              preview={preview(row.id)}
              want={want}
              onSelect={(e) => clickRow(id, e)}
            />
          ) : (
            <ArticleListItem
              row={row}
              index={index}
              selected={multi ? selected.has(row.id) : row.id === ui.selectedId}
              current={markCurrent && row.id === ui.selectedId}
              onSelect={(e) => clickRow(id, e)}
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
        }}
      />
    </nav>
  )
}

/** A row on screen whose article is still being read (a moment after a scroll or a change). */
function RowPlaceholder({ index, selected }: { index: number; selected: boolean }): React.JSX.Element {
  return <div id={`row-${index}`} role="option" aria-selected={selected} aria-busy="true" className="article-row placeholder" />
}
