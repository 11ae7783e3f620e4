import { useEffect } from 'react'
import { useApp } from './AppContext'

/** Transient messages (errors stay until dismissed; info fades after a few seconds). */
export function Notices(): React.JSX.Element {
  const { ui, dispatch } = useApp()
  useEffect(() => {
    const timers = ui.notices
      .filter((n) => n.kind === 'info')
      .map((n) => setTimeout(() => dispatch({ type: 'dismiss', id: n.id }), 5000))
    return () => timers.forEach(clearTimeout)
  }, [ui.notices, dispatch])
  return (
    <div className="notices" role="status" aria-live="polite">
      {ui.notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : undefined}>
          <span>{n.text}</span>
          <button type="button" aria-label="Dismiss" onClick={() => dispatch({ type: 'dismiss', id: n.id })}>
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
