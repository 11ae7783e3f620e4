import type { ReactNode } from 'react'
import type { ArticleRow } from '../../db/ArticleRow'
import { articleTitle } from '../../db/articleTitle'
import { formatWhen } from './formatWhen'

interface Props {
  row: ArticleRow
  index: number
  selected: boolean
  onSelect: () => void
  action: ReactNode
}

/** One library row: headline (or a visible "no headline"), status and when it last changed. */
export function ArticleListItem({ row, index, selected, onSelect, action }: Props): React.JSX.Element {
  return (
    <div
      id={`row-${index}`}
      role="option"
      aria-selected={selected}
      className={selected ? 'article-row selected' : 'article-row'}
      onClick={onSelect}
      data-testid="article-row"
    >
      <div className={row.headline ? 'row-title' : 'row-title untitled'}>{articleTitle(row)}</div>
      <div className="row-meta">
        <span className={`status-pill status-${row.status}`}>{row.status}</span>
        <time dateTime={row.updatedAt}>{formatWhen(row.updatedAt)}</time>
        <span>{row.wordCount.toLocaleString()} w</span>
        {action}
      </div>
    </div>
  )
}
