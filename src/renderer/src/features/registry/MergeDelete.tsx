import { useEffect, useState } from 'react'
import { useApp } from '../../app/AppContext'
import { ConfirmBox } from '../../app/ConfirmBox'
import type { EntityRow } from '../../db/CopydeskDB'
import { searchEntities } from '../../db/searchEntities'
import { deleteEntity } from '../../registry/deleteEntity'
import { articlesReferring } from '../../registry/editArticlesMarks'
import { mergeEntity } from '../../registry/mergeEntity'

type Mode = null | { kind: 'merge'; target: EntityRow | null } | { kind: 'delete'; articles: number }

/** Merge this entity into another (tags and quotes follow), or delete it after saying what goes. */
export function MergeDelete({ entity }: { entity: EntityRow }): React.JSX.Element {
  const { api, ui, dispatch, editorRef } = useApp()
  const [mode, setMode] = useState<Mode>(null)
  const [query, setQuery] = useState('')
  const [matches, setMatches] = useState<EntityRow[]>([])
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    if (mode?.kind !== 'merge') return
    let live = true
    void searchEntities(query, entity.type, 8).then((rows) => live && setMatches(rows.filter((r) => r.id !== entity.id)))
    return () => {
      live = false
    }
  }, [query, mode?.kind, entity.id, entity.type])
  const open = (): { id: string; editor: NonNullable<typeof editorRef.current> } | null =>
    ui.selectedId && editorRef.current ? { id: ui.selectedId, editor: editorRef.current } : null
  const fail = (error: unknown): void => dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) })

  if (mode === null) {
    return (
      <div className="entity-actions">
        <button type="button" onClick={() => setMode({ kind: 'merge', target: null })}>
          Merge into…
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => void articlesReferring(entity.id).then((ids) => setMode({ kind: 'delete', articles: ids.length }))}
        >
          Delete…
        </button>
      </div>
    )
  }
  if (mode.kind === 'delete') {
    return (
      <ConfirmBox
        label="Delete entity"
        confirmLabel={`Delete ${entity.name}`}
        onCancel={() => setMode(null)}
        onConfirm={() =>
          deleteEntity(api, entity.id, open())
            .then((n) => {
              dispatch({ type: 'notify', kind: 'info', text: `Deleted ${entity.name}${n ? ` and its tags in ${n} article${n === 1 ? '' : 's'}` : ''}.` })
              dispatch({ type: 'openEntity', id: null })
            })
            .catch(fail)
        }
      >
        {mode.articles === 0
          ? `${entity.name} is not used in any article.`
          : `Deleting ${entity.name} removes its tags from ${mode.articles} article${mode.articles === 1 ? '' : 's'} (the words stay) and clears it as the speaker of its quotes.`}{' '}
        Its file moves to the workspace’s .trash folder.
      </ConfirmBox>
    )
  }
  return (
    <div className="confirm-box" aria-label="Merge entity">
      {mode.target === null ? (
        <>
          <label className="field">
            <span>Merge {entity.name} into</span>
            <input autoFocus value={query} placeholder="Search the registry" onChange={(e) => setQuery(e.target.value)} />
          </label>
          <ul className="palette-list" aria-label="Merge candidates">
            {matches.map((m) => (
              <li key={m.id}>
                <button type="button" className="entity-item" onClick={() => setMode({ kind: 'merge', target: m })}>
                  <span>
                    <span className={`type-dot tag-${m.type}`} aria-hidden="true" /> {m.name}
                  </span>
                  <span className="muted mono">{m.id}</span>
                </button>
              </li>
            ))}
          </ul>
          <div className="dialog-actions">
            <button type="button" onClick={() => setMode(null)}>
              Cancel
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            Merge <strong>{entity.name}</strong> into <strong>{mode.target.name}</strong>? Every tag and quote of {entity.name} will
            point to {mode.target.name}, and “{entity.name}” becomes one of its aliases.
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => setMode({ kind: 'merge', target: null })}>
              Back
            </button>
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => {
                const target = mode.target!
                setBusy(true)
                mergeEntity(api, entity.id, target.id, open())
                  .then((n) => {
                    dispatch({ type: 'notify', kind: 'info', text: `Merged ${entity.name} into ${target.name} (${n} article${n === 1 ? '' : 's'} updated).` })
                    dispatch({ type: 'openEntity', id: target.id })
                  })
                  .catch(fail)
                  .finally(() => setBusy(false))
              }}
            >
              Merge
            </button>
          </div>
        </>
      )}
    </div>
  )
}
