import { useEffect } from 'react'
import type { HitPreview } from '../../../../core/search/previewHit'
import type { ArticleRow } from '../../db/ArticleRow'
import { articleTitle } from '../../db/articleTitle'
import { formatWhen } from './formatWhen'
import { Highlighted } from './Highlighted'
import { rowClass } from './rowClass'

interface Props {
  row: ArticleRow
  index: number
  /** In the library selection. */
  selected: boolean
  /** Open in the editor. */
  current?: boolean
  preview: HitPreview | undefined
  /** Asks for the preview when the row is shown without one. */
  want: (id: string) => void
  onSelect: (e: React.MouseEvent) => void
}

const FIELD_LABELS = { body: '', captions: 'Caption', credits: 'Credit' } as const

/** One search result: headline and snippet with the matches marked, status and date. */
export function SearchResultItem({ row, index, selected, current, preview, want, onSelect }: Props): React.JSX.Element {
  useEffect(() => {
    if (!preview) want(row.id)
  }, [preview, want, row.id])
  const label = preview ? FIELD_LABELS[preview.field] : ''
  return (
    <div
      id={`row-${index}`}
      role="option"
      aria-selected={selected}
      aria-current={current ? 'true' : undefined}
      className={rowClass('article-row search-row', selected, current)}
      onClick={onSelect}
      data-testid="article-row"
    >
      <div className={row.headline ? 'row-title' : 'row-title untitled'}>
        {row.headline ? <Highlighted text={row.headline} ranges={preview?.headlineRanges} /> : articleTitle(row)}
      </div>
      <div className="row-snippet" data-testid="search-snippet">
        {label && <span className="snippet-field">{label}</span>}
        {preview ? <Highlighted text={preview.snippet.text} ranges={preview.snippet.ranges} /> : '\u00a0'}
      </div>
      <div className="row-meta">
        <span className={`status-pill status-${row.status}`}>{row.status}</span>
        <time dateTime={row.updatedAt}>{formatWhen(row.updatedAt)}</time>
        <span>{row.wordCount.toLocaleString()} w</span>
      </div>
    </div>
  )
}
