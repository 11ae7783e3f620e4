import type { SearchSort } from '../../../../core/search/SearchIndex'
import type { IndexStatus, SearchAnswer } from '../../search/searchProtocol'

interface Props {
  answer: SearchAnswer | null
  status: IndexStatus
  shown: number
  sort: SearchSort
  onSort: (sort: SearchSort) => void
}

function progress(status: IndexStatus): string | null {
  if (status.state === 'failed') return `Search index unavailable: ${status.error ?? 'unknown error'}`
  if (status.state === 'building') return `Indexing ${status.indexed.toLocaleString()} of ${status.total.toLocaleString()}…`
  if (status.state === 'starting' || status.state === 'loading') return 'Loading the search index…'
  return null
}

/** Under the search box: how many results, how they are sorted, the index's progress, filters not understood. */
export function SearchStatusLine({ answer, status, shown, sort, onSort }: Props): React.JSX.Element {
  const busy = progress(status)
  return (
    <div className="search-status" aria-live="polite">
      <span data-testid="search-count">
        {answer ? `${shown.toLocaleString()} result${shown === 1 ? '' : 's'}` : 'Searching…'}
      </span>
      {busy && <span className="search-progress">{busy}</span>}
      <span className="status-spacer" />
      <button
        type="button"
        className="link-button"
        title="Sort by best match or by date"
        onClick={() => onSort(sort === 'relevance' ? 'date' : 'relevance')}
      >
        {sort === 'relevance' ? 'Best match' : 'Newest'}
      </button>
      {answer && answer.problems.length > 0 && (
        <span className="search-problems" role="note">
          Not understood: {answer.problems.join('; ')}
        </span>
      )}
    </div>
  )
}
