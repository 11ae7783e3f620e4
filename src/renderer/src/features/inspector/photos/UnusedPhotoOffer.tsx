import { useState } from 'react'
import { useApp } from '../../../app/AppContext'
import { trashUnusedMedia } from '../../../media/trashUnusedMedia'

interface Props {
  /** `media/<name>`: a photo just removed from this article that no article uses any more. */
  file: string
  onDone: () => void
}

/** Offers to move a photo no article uses any more to the workspace's .trash/media/ (or to keep it). */
export function UnusedPhotoOffer({ file, onDone }: Props): React.JSX.Element {
  const { api, dispatch } = useApp()
  const [busy, setBusy] = useState(false)
  const name = file.replace(/^media\//, '')
  const move = (): void => {
    setBusy(true)
    trashUnusedMedia(api, [file])
      .then((result) => {
        const moved = result.moved[0]
        if (moved) dispatch({ type: 'notify', kind: 'info', text: `Moved ${name} to ${moved.to}.` })
        for (const k of result.kept) dispatch({ type: 'notify', kind: 'info', text: `Kept ${name}: ${k.reason}.` })
        onDone()
      })
      .catch((error: unknown) => dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) }))
      .finally(() => setBusy(false))
  }
  return (
    <div className="confirm-box unused-photo" role="group" aria-label="Unused photo">
      <p>
        <span className="mono">{name}</span> is not used by any other article. Move it to the workspace’s trash (<span className="mono">.trash/media/</span>)?
      </p>
      <div className="dialog-actions">
        <button type="button" disabled={busy} onClick={onDone}>
          Keep it
        </button>
        <button type="button" className="primary" disabled={busy} onClick={move}>
          Move to trash
        </button>
      </div>
    </div>
  )
}
