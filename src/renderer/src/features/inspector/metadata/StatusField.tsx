import { ARTICLE_STATUSES, type ArticleStatus } from '../../../../../core/model/Article'

const LABELS: Record<ArticleStatus, string> = { draft: 'Draft', edited: 'Edited', ready: 'Ready', published: 'Published' }

/** draft → edited → ready → published; each change opens a revision. */
export function StatusField({ status, onChange, disabled }: { status: ArticleStatus; onChange: (next: ArticleStatus) => void; disabled?: boolean }): React.JSX.Element {
  return (
    <label className="field">
      <span>Status</span>
      <select value={status} disabled={disabled} onChange={(e) => onChange(e.target.value as ArticleStatus)}>
        {ARTICLE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {LABELS[s]}
          </option>
        ))}
      </select>
    </label>
  )
}
