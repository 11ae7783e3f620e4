import { useApp } from '../../app/AppContext'

/** Says how many library articles are selected (when more than one) and offers what can be done with them. */
export function SelectionBar({ ids }: { ids: string[] }): React.JSX.Element | null {
  const { ui, dispatch, runCommand } = useApp()
  if (ids.length < 2) return null
  const clear = (): void => dispatch({ type: 'librarySelection', selection: { ids: ui.selectedId ? [ui.selectedId] : [], anchorId: ui.selectedId } })
  return (
    <div className="selection-bar" data-testid="selection-bar">
      <span role="status">{ids.length.toLocaleString()} articles selected</span>
      <span className="status-spacer" />
      <button type="button" onClick={() => runCommand('file.export')}>
        Export…
      </button>
      <button type="button" className="link-button" onClick={clear}>
        Clear
      </button>
    </div>
  )
}
