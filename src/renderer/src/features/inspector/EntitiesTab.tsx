import { useLiveQuery } from 'dexie-react-hooks'
import { Info } from 'lucide-react'
import { ENTITY_TYPES } from '../../../../core/model/EntityType'
import { useApp } from '../../app/AppContext'
import type { ArticleRow } from '../../db/ArticleRow'
import { db } from '../../db/db'
import { ENTITY_TYPE_LABELS } from '../tagging/entityTypeLabels'
import { selectNextMention } from '../tagging/selectNextMention'

/** The article's tagged entities grouped by type, with mention counts; a click steps through mentions. */
export function EntitiesTab({ row }: { row: ArticleRow }): React.JSX.Element {
  const { ui, dispatch, editorRef, runCommand } = useApp()
  const items = useLiveQuery(async () => {
    const mentions = await db.mentions.where('articleId').equals(row.id).toArray()
    const entities = await db.entities.bulkGet(mentions.map((m) => m.entityId))
    return mentions.map((m, i) => ({ ...m, entity: entities[i] }))
  }, [row.id, row.updatedAt])
  return (
    <div>
      <div className="legend" aria-label="Tag colours">
        {ENTITY_TYPES.map((t) => (
          <span key={t}>
            <span className={`type-dot tag-${t}`} aria-hidden="true" /> {ENTITY_TYPE_LABELS[t]}
          </span>
        ))}
        <span>
          <span className="type-dot tag-quote-dot" aria-hidden="true" /> Quote
        </span>
        <button type="button" className="link-button" onClick={() => runCommand('view.toggleTagColors')}>
          {ui.tagColors ? 'Hide colours' : 'Show colours'}
        </button>
        <button type="button" className="link-button" onClick={() => runCommand('registry.open')}>
          All entities
        </button>
      </div>
      {items && items.length === 0 && <p className="muted">No entities tagged yet. Select words and press Ctrl+Alt+P (person), O (organisation) or L (place).</p>}
      {ENTITY_TYPES.map((type) => {
        const group = (items ?? []).filter((i) => (i.entity?.type ?? 'other') === type)
        if (group.length === 0) return null
        return (
          <section key={type} className="entity-group" aria-label={ENTITY_TYPE_LABELS[type]}>
            <h3 className="section-title">{ENTITY_TYPE_LABELS[type]}</h3>
            <ul className="card-list">
              {group
                .sort((a, b) => b.count - a.count)
                .map((i) => (
                  <li key={i.entityId} className="entity-row">
                    <button
                      type="button"
                      className="entity-item"
                      data-testid="entity-item"
                      onClick={() => editorRef.current && selectNextMention(editorRef.current, i.entityId)}
                    >
                      <span>
                        <span className={`type-dot tag-${type}`} aria-hidden="true" /> {i.entity?.name ?? i.entityId}
                      </span>
                      <span className="muted">{i.count}×</span>
                    </button>
                    <button
                      type="button"
                      className="tool"
                      aria-label={`Entity page: ${i.entity?.name ?? i.entityId}`}
                      title="Entity page: details, merge, every article and quote"
                      onClick={() => dispatch({ type: 'openEntity', id: i.entityId })}
                    >
                      <Info size={14} aria-hidden="true" />
                    </button>
                  </li>
                ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
