import type { ArticleRow } from '../../db/ArticleRow'

/** The article's photos and their credit lines (kept verbatim, with the parts recognised). */
export function PhotosTab({ row }: { row: ArticleRow }): React.JSX.Element {
  if (row.photos.length === 0) return <p className="muted">No photos.</p>
  return (
    <ul className="card-list">
      {row.photos.map((p, i) => (
        <li key={i} className="card" data-testid="photo-card">
          <div className="card-label">Credit line</div>
          <div className="credit-line">{p.creditLine || <em>none</em>}</div>
          <dl className="facts">
            {p.file && (
              <>
                <dt>File</dt>
                <dd>{p.file}</dd>
              </>
            )}
            {p.photographer && (
              <>
                <dt>Photographer</dt>
                <dd>{p.photographer}</dd>
              </>
            )}
            {p.agency && (
              <>
                <dt>Agency</dt>
                <dd>{p.agency}</dd>
              </>
            )}
            {p.distributor && (
              <>
                <dt>Distributor</dt>
                <dd>{p.distributor}</dd>
              </>
            )}
          </dl>
        </li>
      ))}
    </ul>
  )
}
