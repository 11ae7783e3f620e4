import type { ArticleRow } from '../../../db/ArticleRow'

/** Where the article lives and when it changed: read-only facts at the foot of the panel. */
export function FileFacts({ row }: { row: ArticleRow }): React.JSX.Element {
  return (
    <dl className="facts file-facts">
      <dt>File</dt>
      <dd className="mono">{row.file}</dd>
      <dt>Created</dt>
      <dd>{new Date(row.createdAt).toLocaleString()}</dd>
      <dt>Updated</dt>
      <dd>{new Date(row.updatedAt).toLocaleString()}</dd>
      <dt>Words</dt>
      <dd>{row.wordCount.toLocaleString()}</dd>
    </dl>
  )
}
