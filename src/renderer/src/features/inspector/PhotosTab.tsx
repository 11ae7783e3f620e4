import { useState } from 'react'
import { ImagePlus } from 'lucide-react'
import { useApp } from '../../app/AppContext'
import type { ArticleRow } from '../../db/ArticleRow'
import { updatePhoto } from '../../db/appendPhotos'
import { addDroppedPhotos, addPhotosFromDialog, describeOutcome, type AddPhotosOutcome } from './photos/addPhotoFiles'
import { PhotoCard } from './photos/PhotoCard'

/**
 * The article's photos: add them with the dialog or by dropping image files here (they are
 * copied into the workspace's media/ folder and their embedded credits pre-fill the card).
 */
export function PhotosTab({ row }: { row: ArticleRow }): React.JSX.Element {
  const { api, dispatch } = useApp()
  const [over, setOver] = useState(false)
  const [busy, setBusy] = useState(false)
  const disabled = row.trashed === 1
  const notifyError = (error: unknown): void => dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) })
  const run = (adding: Promise<AddPhotosOutcome>): void => {
    setBusy(true)
    adding
      .then((outcome) => describeOutcome(outcome).forEach((n) => dispatch({ type: 'notify', ...n })))
      .catch(notifyError)
      .finally(() => setBusy(false))
  }
  const hasFiles = (e: React.DragEvent): boolean => e.dataTransfer.types.includes('Files')
  return (
    <div
      className={over ? 'photos drop-target over' : 'photos drop-target'}
      data-testid="photo-drop"
      onDragOver={(e) => {
        if (!hasFiles(e) || disabled) return
        e.preventDefault()
        e.stopPropagation()
        e.dataTransfer.dropEffect = 'copy'
        setOver(true)
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false)
      }}
      onDrop={(e) => {
        setOver(false)
        const files = [...e.dataTransfer.files]
        if (files.length === 0 || disabled) return
        // Photos dropped here belong to this article; the window's own drop would open them as articles.
        e.preventDefault()
        e.stopPropagation()
        run(addDroppedPhotos(api, row.id, files))
      }}
    >
      <div className="photos-head">
        <button type="button" disabled={disabled || busy} onClick={() => run(addPhotosFromDialog(api, row.id))}>
          <ImagePlus size={14} aria-hidden="true" /> Add photos…
        </button>
        <span className="muted small">{busy ? 'Reading…' : 'or drop image files here'}</span>
      </div>
      {row.photos.length === 0 ? (
        <p className="muted">No photos. Their IPTC credit, caption and rights fill in when they are added.</p>
      ) : (
        <ul className="card-list">
          {row.photos.map((photo, i) => (
            <PhotoCard
              key={`${row.id}:${photo.file ?? i}`}
              photo={photo}
              index={i}
              disabled={disabled}
              onSave={(patch) => updatePhoto(row.id, i, photo.file, patch).catch(notifyError)}
              onRemove={() => updatePhoto(row.id, i, photo.file, null).catch(notifyError)}
            />
          ))}
        </ul>
      )}
    </div>
  )
}
