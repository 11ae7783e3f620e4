import { useState } from 'react'
import { ImagePlus } from 'lucide-react'
import { mediaFileOf } from '../../../../core/model/mediaFileOf'
import { useApp } from '../../app/AppContext'
import type { ArticleRow } from '../../db/ArticleRow'
import { updatePhoto } from '../../db/appendPhotos'
import { mediaUsedInStore } from '../../media/mediaUsedInStore'
import { addDroppedPhotos, addPhotosFromDialog, describeOutcome, type AddPhotosOutcome } from './photos/addPhotoFiles'
import { PhotoCard } from './photos/PhotoCard'
import { UnusedPhotoOffer } from './photos/UnusedPhotoOffer'

/**
 * The article's photos: add them with the dialog or by dropping image files here (they are
 * copied into the workspace's media/ folder and their embedded credits pre-fill the card).
 * Removing one whose file no other article uses offers to move the file to the trash.
 */
export function PhotosTab({ row }: { row: ArticleRow }): React.JSX.Element {
  const { api, dispatch } = useApp()
  const [over, setOver] = useState(false)
  const [busy, setBusy] = useState(false)
  /** A photo file just removed from this article that no article uses any more. */
  const [unused, setUnused] = useState<{ articleId: string; file: string } | null>(null)
  const disabled = row.trashed === 1
  const notifyError = (error: unknown): void => dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) })
  const run = (adding: Promise<AddPhotosOutcome>): void => {
    setBusy(true)
    adding
      .then((outcome) => describeOutcome(outcome).forEach((n) => dispatch({ type: 'notify', ...n })))
      .catch(notifyError)
      .finally(() => setBusy(false))
  }
  const remove = async (index: number, file: string | undefined): Promise<void> => {
    await updatePhoto(row.id, index, file, null)
    const media = mediaFileOf(file)
    if (media && !(await mediaUsedInStore()).has(media)) setUnused({ articleId: row.id, file: media })
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
              onRemove={() => remove(i, photo.file).catch(notifyError)}
            />
          ))}
        </ul>
      )}
      {unused?.articleId === row.id && <UnusedPhotoOffer file={unused.file} onDone={() => setUnused(null)} />}
    </div>
  )
}
