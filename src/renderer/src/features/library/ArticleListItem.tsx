import type { ReactNode } from 'react'
import type { ArticleRow } from '../../db/ArticleRow'
import { articleTitle } from '../../db/articleTitle'
import { formatWhen } from './formatWhen'
import { rowClass } from './rowClass'

interface Props {
  row: ArticleRow
  index: number
  /** In the library selection. */
  selected: boolean
  /** Open in the editor. */
  current?: boolean
  onSelect: (e: React.MouseEvent) => void
  action: ReactNode
}

/** One library row: headline (or a visible "no headline"), status and when it last changed. */
export function ArticleListItem({ row, index, selected, current, onSelect, action }: Props): React.JSX.Element {
  return (
    <div
      id={`row-${index}`}
      role="option"
      aria-selected={selected}
      aria-current={current ? 'true' : undefined}
      className={rowClass('article-row', selected, current)}
      onClick={onSelect}
      data-testid="article-row"
    >
      <div className={row.headline ? 'row-title' : 'row-title untitled'}>{articleTitle(row)}</div>
      <div className="row-meta">
        <span className={`status-pill status-${row.status}`}>{row.status}</span>
        {row.conflictOf && (
          <span className="status-pill status-conflict" title="A version the sync kept beside the article: settle it in File › Conflicts…">
            conflict
          </span>
        )}
        <time dateTime={row.updatedAt}>{formatWhen(row.updatedAt)}</time>
        <span>{row.wordCount.toLocaleString()} w</span>
        {action}
      </div>
    </div>
  )
}
