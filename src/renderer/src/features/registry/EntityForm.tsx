import { useState } from 'react'
import { ENTITY_TYPES, type EntityType } from '../../../../core/model/EntityType'
import { useApp } from '../../app/AppContext'
import type { EntityRow } from '../../db/CopydeskDB'
import { updateEntity } from '../../registry/updateEntity'
import { ENTITY_TYPE_LABELS } from '../tagging/entityTypeLabels'

/** Edits an entity's name, type, aliases (one per line), description and Wikidata id. */
export function EntityForm({ entity }: { entity: EntityRow }): React.JSX.Element {
  const { api, ui, dispatch, editorRef } = useApp()
  const [name, setName] = useState(entity.name)
  const [type, setType] = useState<EntityType>(entity.type)
  const [aliases, setAliases] = useState(entity.aliases.join('\n'))
  const [description, setDescription] = useState(entity.description ?? '')
  const [wikidata, setWikidata] = useState(entity.wikidata ?? '')
  const [busy, setBusy] = useState(false)
  const aliasList = aliases.split('\n').map((a) => a.trim()).filter(Boolean)
  const changed =
    name !== entity.name ||
    type !== entity.type ||
    aliasList.join('\n') !== entity.aliases.join('\n') ||
    description !== (entity.description ?? '') ||
    wikidata !== (entity.wikidata ?? '')
  const save = (): void => {
    setBusy(true)
    const open = ui.selectedId && editorRef.current ? { id: ui.selectedId, editor: editorRef.current } : null
    updateEntity(api, entity.id, { name, type, aliases: aliasList, description, wikidata }, open)
      .then(() => dispatch({ type: 'notify', kind: 'info', text: `Saved ${name.trim()}.` }))
      .catch((error: unknown) => dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) }))
      .finally(() => setBusy(false))
  }
  return (
    <form
      className="entity-form"
      onSubmit={(e) => {
        e.preventDefault()
        if (changed) save()
      }}
    >
      <label className="field">
        <span>Name</span>
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span>Type</span>
        <select value={type} onChange={(e) => setType(e.target.value as EntityType)}>
          {ENTITY_TYPES.map((t) => (
            <option key={t} value={t}>
              {ENTITY_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Aliases (one per line)</span>
        <textarea rows={3} value={aliases} onChange={(e) => setAliases(e.target.value)} />
      </label>
      <label className="field">
        <span>Description</span>
        <input value={description} placeholder="Kremlin spokesman" onChange={(e) => setDescription(e.target.value)} />
      </label>
      <label className="field">
        <span>Wikidata id</span>
        <input value={wikidata} placeholder="Q42" onChange={(e) => setWikidata(e.target.value)} />
      </label>
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={!changed || busy}>
          Save changes
        </button>
      </div>
    </form>
  )
}
