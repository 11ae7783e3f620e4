import type { SourceRow } from '../../../db/CopydeskDB'
import { SourceDelete } from './SourceDelete'
import { SOURCE_TYPE_LABELS } from './sourceTypeLabels'

/** Every source in the workspace registry, attached here or not, each of which can be deleted. */
export function WorkspaceSources({ registry }: { registry: SourceRow[] }): React.JSX.Element | null {
  if (registry.length === 0) return null
  const sorted = [...registry].sort((a, b) => a.name.localeCompare(b.name))
  return (
    <details className="workspace-sources">
      <summary>All sources in the workspace ({registry.length})</summary>
      <ul className="plain-list" aria-label="Sources in the workspace">
        {sorted.map((s) => (
          <li key={s.id} data-testid="workspace-source">
            <div className="workspace-source-row">
              <span>
                <span className="source-name">{s.name}</span> <span className="muted small">{SOURCE_TYPE_LABELS[s.type]}</span>
              </span>
              <SourceDelete source={s} />
            </div>
          </li>
        ))}
      </ul>
    </details>
  )
}
