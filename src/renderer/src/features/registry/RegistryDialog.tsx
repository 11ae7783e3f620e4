import { useEffect, useState } from 'react'
import { useApp } from '../../app/AppContext'
import { Modal } from '../../app/Modal'
import type { EntityRow } from '../../db/CopydeskDB'
import { searchEntities } from '../../db/searchEntities'
import { EntityPage } from './EntityPage'

/** The workspace registry: find an entity by name or alias, then its page. */
export function RegistryDialog(): React.JSX.Element {
  const { ui, dispatch } = useApp()
  const [query, setQuery] = useState('')
  const [rows, setRows] = useState<EntityRow[]>([])
  useEffect(() => {
    let live = true
    void searchEntities(query, undefined, 200).then((r) => live && setRows(r))
    return () => {
      live = false
    }
  }, [query, ui.entityId])
  return (
    <Modal title="Entities" wide onClose={() => dispatch({ type: 'dialog', dialog: null })}>
      <div className="registry">
        <div className="registry-list">
          <input
            className="palette-input"
            aria-label="Find an entity"
            placeholder="Name or alias"
            value={query}
            autoFocus={!ui.entityId}
            onChange={(e) => setQuery(e.target.value)}
          />
          <ul className="palette-list" aria-label="Entities">
            {rows.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  className="entity-item"
                  aria-current={r.id === ui.entityId}
                  onClick={() => dispatch({ type: 'openEntity', id: r.id })}
                >
                  <span>
                    <span className={`type-dot tag-${r.type}`} aria-hidden="true" /> {r.name}
                  </span>
                </button>
              </li>
            ))}
            {rows.length === 0 && <li className="muted">No entity matches.</li>}
          </ul>
        </div>
        <div className="registry-detail">
          {ui.entityId ? <EntityPage key={ui.entityId} entityId={ui.entityId} /> : <p className="muted">Choose an entity.</p>}
        </div>
      </div>
    </Modal>
  )
}
