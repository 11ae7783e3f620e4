import { useApp } from '../../app/AppContext'
import { articleTitle } from '../../db/articleTitle'
import { ENTITY_TYPE_LABELS } from '../tagging/entityTypeLabels'
import { EntityForm } from './EntityForm'
import { MergeDelete } from './MergeDelete'
import { QuoteList } from './QuoteList'
import { useEntityDetails } from './useEntityDetails'
import { useQuoteRows } from './useQuoteRows'

/** One entity: its details (editable), every article that tags it, every quote by it, who it appears with. */
export function EntityPage({ entityId }: { entityId: string }): React.JSX.Element {
  const { dispatch } = useApp()
  const details = useEntityDetails(entityId)
  const quotes = useQuoteRows(entityId)
  if (!details) return <p className="muted">Loading…</p>
  const { entity, articles, coMentioned, mergedFrom } = details
  if (!entity) return <p className="muted">This entity is no longer in the registry.</p>
  return (
    <div className="entity-page" data-testid="entity-page">
      <header className="entity-head">
        <h3>
          <span className={`type-dot tag-${entity.type}`} aria-hidden="true" /> {entity.name}
        </h3>
        <span className="muted">
          {ENTITY_TYPE_LABELS[entity.type]} · <span className="mono">{entity.id}</span>
          {entity.wikidata && (
            <>
              {' · '}
              <a href={`https://www.wikidata.org/wiki/${entity.wikidata}`} target="_blank" rel="noreferrer">
                {entity.wikidata}
              </a>
            </>
          )}
        </span>
      </header>
      {entity.mergedInto ? (
        <p className="confirm-box">
          Merged into{' '}
          <button type="button" className="link-button" onClick={() => dispatch({ type: 'openEntity', id: entity.mergedInto! })}>
            {entity.mergedInto}
          </button>
          ; its file stays so links made elsewhere still resolve.
        </p>
      ) : (
        <div className="entity-columns">
          <div>
            <EntityForm key={`${entity.id}:${entity.fileHash}`} entity={entity} />
            <MergeDelete key={entity.id} entity={entity} />
            {mergedFrom.length > 0 && <p className="muted">Merged into this: {mergedFrom.map((m) => m.name).join(', ')}</p>}
          </div>
          <div>
            <h4 className="section-title">Articles ({articles.length})</h4>
            {articles.length === 0 ? (
              <p className="muted">Not tagged in any article.</p>
            ) : (
              <ul className="plain-list" aria-label="Articles mentioning this entity">
                {articles.map(({ row, count }) => (
                  <li key={row.id}>
                    <button
                      type="button"
                      className="entity-item"
                      onClick={() => {
                        dispatch({ type: 'select', id: row.id })
                        dispatch({ type: 'dialog', dialog: null })
                      }}
                    >
                      <span>{articleTitle(row)}</span>
                      <span className="muted">
                        {count}× · {new Date(row.updatedAt).toLocaleDateString()}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <h4 className="section-title">
              Quotes by {entity.name} ({quotes?.length ?? 0})
            </h4>
            {quotes && quotes.length > 0 ? <QuoteList quotes={quotes} showSpeaker={false} /> : <p className="muted">No quotes.</p>}
            {coMentioned.length > 0 && (
              <>
                <h4 className="section-title">Often tagged with</h4>
                <div className="chips" role="group" aria-label="Co-mentioned entities">
                  {coMentioned.map(({ entity: e, articles: n }) => (
                    <button key={e.id} type="button" className="chip" onClick={() => dispatch({ type: 'openEntity', id: e.id })}>
                      <span className={`type-dot tag-${e.type}`} aria-hidden="true" /> {e.name} <span className="muted">{n}</span>
                    </button>
                  ))}
                </div>
              </>
            )}
          </div>
        </div>
      )}
    </div>
  )
}
