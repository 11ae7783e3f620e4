import { ARTICLE_STATUSES, type ArticleStatus } from '../../../../core/model/Article'
import { useApp } from '../../app/AppContext'
import type { ArticleRow } from '../../db/ArticleRow'
import { updateArticleMeta } from '../../db/updateArticleMeta'

/** Status, where the file lives, dates, and the `Key:: value` fields kept from import. */
export function MetadataTab({ row }: { row: ArticleRow }): React.JSX.Element {
  const { dispatch } = useApp()
  const custom = Object.entries(row.custom)
  return (
    <div className="metadata">
      <label className="field">
        <span>Status</span>
        <select
          value={row.status}
          disabled={row.trashed === 1}
          onChange={(e) =>
            updateArticleMeta(row.id, { status: e.target.value as ArticleStatus }).catch((error: unknown) =>
              dispatch({ type: 'notify', kind: 'error', text: String(error) })
            )
          }
        >
          {ARTICLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <dl className="facts">
        <dt>File</dt>
        <dd className="mono">{row.file}</dd>
        <dt>Created</dt>
        <dd>{new Date(row.createdAt).toLocaleString()}</dd>
        <dt>Updated</dt>
        <dd>{new Date(row.updatedAt).toLocaleString()}</dd>
        <dt>Words</dt>
        <dd>{row.wordCount.toLocaleString()}</dd>
      </dl>
      <h3 className="section-title">Fields from import</h3>
      {custom.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <dl className="facts">
          {custom.map(([k, v]) => (
            <div key={k} className="fact-row">
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  )
}
