import { ARTICLE_STATUSES } from '../../../../core/model/Article'
import { parseQuery } from '../../../../core/search/parseQuery'
import type { SearchSort } from '../../../../core/search/SearchIndex'
import type { FilterKey } from '../../../../core/search/SearchQuery'
import { withFilter } from '../../../../core/search/withFilter'
import { FilterText } from './FilterText'
import { useFilterOptions } from './useFilterOptions'

interface Props {
  query: string
  onQuery: (query: string) => void
  sort: SearchSort
  onSort: (sort: SearchSort) => void
}

/**
 * The filter row under the search box. It reads and writes the query itself (`status:ready`,
 * `speaker:…`), so the box always shows the whole search and the keyboard can do everything.
 */
export function SearchFilters({ query, onQuery, sort, onSort }: Props): React.JSX.Element {
  const { filters } = parseQuery(query)
  const { speakers, entityNames } = useFilterOptions(true)
  const set = (key: FilterKey, value: string | null): void => onQuery(withFilter(query, key, value || null))
  const speaker = filters.speakers[0] ?? ''
  const otherHas = filters.has.filter((h) => h !== 'errors')
  return (
    <div className="search-filters" role="group" aria-label="Search filters">
      <label className="filter-field">
        <span>Status</span>
        <select value={filters.status.length === 1 ? filters.status[0] : filters.status.join(',')} onChange={(e) => set('status', e.target.value)}>
          <option value="">Any</option>
          {ARTICLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
          {filters.status.length > 1 && <option value={filters.status.join(',')}>{filters.status.join(', ')}</option>}
        </select>
      </label>
      <label className="filter-field">
        <span>Sort</span>
        <select value={sort} onChange={(e) => onSort(e.target.value as SearchSort)}>
          <option value="relevance">Best match</option>
          <option value="date">Newest</option>
        </select>
      </label>
      <label className="filter-field">
        <span>After</span>
        <input type="date" value={filters.after ?? ''} onChange={(e) => set('after', e.target.value)} />
      </label>
      <label className="filter-field">
        <span>Before</span>
        <input type="date" value={filters.before ?? ''} onChange={(e) => set('before', e.target.value)} />
      </label>
      <label className="filter-field">
        <span>Speaker</span>
        <select value={speaker} onChange={(e) => set('speaker', e.target.value)}>
          <option value="">Anyone</option>
          {speakers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
          {speaker && !speakers.some((s) => s.id === speaker) && <option value={speaker}>{speaker}</option>}
        </select>
      </label>
      <FilterText label="Entity" value={filters.entities[0] ?? ''} placeholder="Name" list="search-entity-names" onCommit={(v) => set('entity', v)} />
      <datalist id="search-entity-names">
        {entityNames.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <FilterText label="Source" value={filters.sources[0] ?? ''} placeholder="e.g. reuters" onCommit={(v) => set('source', v)} />
      <FilterText label="Agency" value={filters.agencies[0] ?? ''} placeholder="Photo credit" onCommit={(v) => set('agency', v)} />
      <label className="filter-check">
        <input
          type="checkbox"
          checked={filters.has.includes('errors')}
          onChange={(e) => set('has', [...otherHas, ...(e.target.checked ? ['errors'] : [])].join(','))}
        />
        Unresolved checks
      </label>
    </div>
  )
}
