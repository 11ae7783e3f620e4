import { useEffect, useState } from 'react'
import type { MediaFile, MediaTrashResult } from '../../../../core/ipc'
import { useApp } from '../../app/AppContext'
import { Modal } from '../../app/Modal'
import { findUnusedMedia } from '../../media/findUnusedMedia'
import { formatBytes } from '../../media/formatBytes'
import { trashUnusedMedia } from '../../media/trashUnusedMedia'
import { PhotoThumbnail } from '../inspector/photos/PhotoThumbnail'
import './mediaCleanup.css'

const files = (n: number): string => `${n} file${n === 1 ? '' : 's'}`
/** Thumbnails are read over IPC one by one; past this many the list shows names only. */
const MAX_THUMBNAILS = 60

/**
 * File › Clean Up Unused Media…: the files in media/ that no article uses (in the library or
 * the trash), all ticked; the ticked ones move to the workspace's .trash/media/ — nothing is
 * deleted, so a photo can be fetched back by hand.
 */
export function MediaCleanupDialog(): React.JSX.Element {
  const { api, dispatch } = useApp()
  const [unused, setUnused] = useState<MediaFile[] | null>(null)
  const [ticked, setTicked] = useState<Set<string>>(new Set())
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<MediaTrashResult | null>(null)
  const close = (): void => dispatch({ type: 'dialog', dialog: null })
  const fail = (error: unknown): void => dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) })

  useEffect(() => {
    let live = true
    findUnusedMedia(api).then((list) => {
      if (!live) return
      setUnused(list)
      setTicked(new Set(list.map((f) => f.file)))
    }, fail)
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read once when the dialog opens
  }, [api])

  const toggle = (file: string, on: boolean): void =>
    setTicked((prev) => {
      const next = new Set(prev)
      if (on) next.add(file)
      else next.delete(file)
      return next
    })
  const move = (): void => {
    setBusy(true)
    trashUnusedMedia(api, [...ticked])
      .then((r) => {
        setResult(r)
        const gone = new Set(r.moved.map((m) => m.file))
        setUnused((list) => (list ?? []).filter((f) => !gone.has(f.file)))
        setTicked(new Set())
      })
      .catch(fail)
      .finally(() => setBusy(false))
  }
  const total = (unused ?? []).filter((f) => ticked.has(f.file)).reduce((sum, f) => sum + f.size, 0)

  return (
    <Modal title="Clean up unused media" onClose={close}>
      <div className="media-cleanup">
        {unused === null ? (
          <p className="muted">Looking for media files no article uses…</p>
        ) : unused.length === 0 ? (
          <p>{result ? 'No more unused files in media/.' : 'Every file in media/ is used by an article.'}</p>
        ) : (
          <>
            <p>
              {unused.length === 1 ? 'This file' : `These ${files(unused.length)}`} in media/ {unused.length === 1 ? 'is' : 'are'} not used by any article, in the
              library or in the trash. Moving them puts them in the workspace’s <span className="mono">.trash/media/</span> folder; nothing is deleted.
            </p>
            <ul className="media-list" aria-label="Unused media files">
              {unused.map((f, i) => (
                <li key={f.file} data-testid="unused-media">
                  <label>
                    <input type="checkbox" checked={ticked.has(f.file)} disabled={busy} onChange={(e) => toggle(f.file, e.target.checked)} />
                    {i < MAX_THUMBNAILS && <PhotoThumbnail file={f.file} alt="" />}
                    <span className="media-name mono">{f.file.replace(/^media\//, '')}</span>
                    <span className="muted small">{formatBytes(f.size)}</span>
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
        {result && (
          <div className="media-result" role="status" data-testid="media-cleanup-result">
            <p>
              Moved {files(result.moved.length)} to <span className="mono">.trash/media/</span>.
            </p>
            {result.kept.length > 0 && (
              <ul className="plain-list">
                {result.kept.map((k) => (
                  <li key={k.file} className="muted">
                    Kept {k.file}: {k.reason}.
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            {result ? 'Close' : 'Cancel'}
          </button>
          {unused !== null && unused.length > 0 && (
            <button type="button" className="primary" disabled={busy || ticked.size === 0} onClick={move}>
              Move {files(ticked.size)} to the trash{ticked.size ? ` (${formatBytes(total)})` : ''}
            </button>
          )}
        </div>
      </div>
    </Modal>
  )
}
