import { useState } from 'react'
import { ChevronDown, ChevronRight } from 'lucide-react'
import type { SourceRow } from '../../../db/CopydeskDB'
import type { SourcePatch } from '../../../sources/updateSource'
import { SourceForm } from './SourceForm'
import { SOURCE_TYPE_LABELS } from './sourceTypeLabels'

interface Props {
  /** Attached ids in article order, with their registry rows (undefined: not in the registry). */
  attached: { id: string; source: SourceRow | undefined }[]
  onDetach: (id: string) => void
  onSave: (id: string, patch: SourcePatch) => void
  disabled?: boolean
}

/** The sources attached to the article; one at a time opens for editing. */
export function AttachedSources({ attached, onDetach, onSave, disabled }: Props): React.JSX.Element {
  const [open, setOpen] = useState<string | null>(null)
  if (attached.length === 0) return <p className="muted">No sources attached.</p>
  return (
    <ul className="card-list source-list" aria-label="Attached sources">
      {attached.map(({ id, source }) => (
        <li key={id} className="card source-card" data-testid="attached-source">
          <div className="source-head">
            <button
              type="button"
              className="source-toggle"
              aria-expanded={open === id}
              disabled={!source}
              onClick={() => setOpen(open === id ? null : id)}
            >
              {open === id ? <ChevronDown size={14} aria-hidden="true" /> : <ChevronRight size={14} aria-hidden="true" />}
              <span className="source-name">{source?.name ?? id}</span>
              <span className="muted small">{source ? SOURCE_TYPE_LABELS[source.type] : 'not in the registry'}</span>
            </button>
            <button type="button" className="link-button" disabled={disabled} onClick={() => onDetach(id)} aria-label={`Detach ${source?.name ?? id}`}>
              Detach
            </button>
          </div>
          {open === id && source && <SourceForm source={source} onSave={(patch) => onSave(id, patch)} />}
        </li>
      ))}
    </ul>
  )
}
