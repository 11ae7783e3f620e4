import { SOURCE_TYPES, type SourceType } from '../../../../../core/model/Source'
import type { SourceRow } from '../../../db/CopydeskDB'
import type { SourcePatch } from '../../../sources/updateSource'
import { DraftField } from '../fields/DraftField'
import { SourceDelete } from './SourceDelete'
import { SOURCE_TYPE_LABELS } from './sourceTypeLabels'

/** A registry source's fields; each saves to sources/<id>.yaml on its own. The source can be deleted from here. */
export function SourceForm({ source, onSave }: { source: SourceRow; onSave: (patch: SourcePatch) => void }): React.JSX.Element {
  return (
    <div className="source-form">
      <div className="field-row">
        <DraftField className="grow" label="Name" value={source.name} onCommit={(name) => onSave({ name })} />
        <label className="field">
          <span>Type</span>
          <select value={source.type} onChange={(e) => onSave({ type: e.target.value as SourceType })}>
            {SOURCE_TYPES.map((t) => (
              <option key={t} value={t}>
                {SOURCE_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <DraftField label="URL" type="url" placeholder="https://" value={source.url ?? ''} onCommit={(url) => onSave({ url })} />
      <div className="field-row">
        <DraftField className="grow" label="Contact" placeholder="Name, phone or e-mail" value={source.contact ?? ''} onCommit={(contact) => onSave({ contact })} />
        <DraftField label="Accessed" type="date" value={source.accessDate ?? ''} onCommit={(accessDate) => onSave({ accessDate })} />
      </div>
      <DraftField label="Notes" multiline value={source.notes ?? ''} onCommit={(notes) => onSave({ notes })} />
      <div className="source-form-foot">
        <p className="muted small mono">sources/{source.id}.yaml</p>
        <SourceDelete source={source} />
      </div>
    </div>
  )
}
