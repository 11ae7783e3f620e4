import { useLiveQuery } from 'dexie-react-hooks'
import { Link2 } from 'lucide-react'
import type { SourceCue } from '../../../../core/checks/findSourceCues'
import type { SourceType } from '../../../../core/model/Source'
import { useApp } from '../../app/AppContext'
import type { ArticleRow } from '../../db/ArticleRow'
import { db } from '../../db/db'
import { attachSource, detachSource } from '../../sources/attachSource'
import { createSource } from '../../sources/createSource'
import { updateSource } from '../../sources/updateSource'
import { AttachedSources } from './sources/AttachedSources'
import { AttachSourceBox } from './sources/AttachSourceBox'
import { SuggestedSources } from './sources/SuggestedSources'
import { useSourceCues } from './sources/useSourceCues'
import { WorkspaceSources } from './sources/WorkspaceSources'

/**
 * Where the article's facts come from: the registry sources attached to it (edited in place),
 * a search to attach or create one, the sources its text names but are not attached, and the
 * whole registry (where a source is deleted).
 */
export function SourcesTab({ row }: { row: ArticleRow }): React.JSX.Element {
  const { api, dispatch, runCommand } = useApp()
  const registry = useLiveQuery(() => db.sources.toArray(), [])
  const { text, cues } = useSourceCues(row, registry)
  const disabled = row.trashed === 1
  const byId = new Map((registry ?? []).map((s) => [s.id, s]))
  const attached = row.sources.map((id) => ({ id, source: byId.get(id) }))
  const fail = (error: unknown): void => dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) })

  const createAndAttach = async (name: string, type: SourceType): Promise<void> => {
    const source = await createSource(api, { name, type })
    await attachSource(row.id, source.id)
  }
  const attachCue = (cue: SourceCue): void => {
    const done = cue.sourceId ? attachSource(row.id, cue.sourceId) : createAndAttach(cue.name, cue.type)
    done.catch(fail)
  }

  return (
    <div className="sources" key={row.id}>
      <AttachSourceBox
        attachedIds={row.sources}
        disabled={disabled}
        onAttach={(s) => attachSource(row.id, s.id).catch(fail)}
        onCreate={(name, type) => createAndAttach(name, type).catch(fail)}
      />
      <h3 className="section-title">Attached</h3>
      <AttachedSources
        attached={attached}
        disabled={disabled}
        onDetach={(id) => detachSource(row.id, id).catch(fail)}
        onSave={(id, patch) => updateSource(api, id, patch).catch(fail)}
      />
      <SuggestedSources cues={cues} text={text} disabled={disabled} onAttach={attachCue} />
      <p className="muted small sources-hint">
        <button type="button" className="link-button" disabled={disabled} onClick={() => runCommand('tag.attribution')}>
          <Link2 size={12} aria-hidden="true" /> Tag the selected words as an attribution
        </button>{' '}
        (Ctrl+Alt+S) to tie a claim to its source.
      </p>
      <WorkspaceSources registry={registry ?? []} />
    </div>
  )
}
