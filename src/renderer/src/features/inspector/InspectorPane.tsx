import { useApp } from '../../app/AppContext'
import { Splitter } from '../../app/Splitter'
import { useArticleRow } from '../../db/useArticleRow'
import type { InspectorTab } from '../../app/uiReducer'
import { ChecksTab } from './ChecksTab'
import { EntitiesTab } from './EntitiesTab'
import { MetadataTab } from './MetadataTab'
import { PhotosTab } from './PhotosTab'
import { QuotesTab } from './QuotesTab'
import { SourcesTab } from './SourcesTab'

const TABS: { id: InspectorTab; label: string }[] = [
  { id: 'entities', label: 'Entities' },
  { id: 'quotes', label: 'Quotes' },
  { id: 'photos', label: 'Photos' },
  { id: 'sources', label: 'Sources' },
  { id: 'metadata', label: 'Metadata' },
  { id: 'checks', label: 'Checks' }
]

/** The right pane: what the desk needs to know about the open article, tab by tab. */
export function InspectorPane(): React.JSX.Element {
  const { ui, dispatch } = useApp()
  const row = useArticleRow(ui.selectedId)
  return (
    <aside className="inspector-pane" aria-label="Inspector">
      <Splitter variable="--inspector-width" label="Resize inspector" grows="left" min={240} max={560} initial={340} />
      <div className="tabs" role="tablist" aria-label="Inspector tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={ui.inspectorTab === t.id}
            aria-controls={`panel-${t.id}`}
            className="tab"
            onClick={() => dispatch({ type: 'inspectorTab', tab: t.id })}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${ui.inspectorTab}`} aria-labelledby={`tab-${ui.inspectorTab}`}>
        {!row ? (
          <p className="muted">Open an article to see its {ui.inspectorTab}.</p>
        ) : ui.inspectorTab === 'entities' ? (
          <EntitiesTab row={row} />
        ) : ui.inspectorTab === 'quotes' ? (
          <QuotesTab row={row} />
        ) : ui.inspectorTab === 'photos' ? (
          <PhotosTab row={row} />
        ) : ui.inspectorTab === 'sources' ? (
          <SourcesTab row={row} />
        ) : ui.inspectorTab === 'metadata' ? (
          <MetadataTab row={row} />
        ) : (
          <ChecksTab row={row} />
        )}
      </div>
    </aside>
  )
}
