import { Trash2 } from 'lucide-react'
import type { Photo } from '../../../../../core/model/Article'
import { parseCreditLine } from '../../../../../core/model/parseCreditLine'
import { DraftField } from '../fields/DraftField'
import { PhotoDisclosure } from './PhotoDisclosure'
import { PhotoRights } from './PhotoRights'
import { PhotoThumbnail } from './PhotoThumbnail'

/** The parts the credit line was split into, in reading order. */
function CreditParts({ photo }: { photo: Photo }): React.JSX.Element {
  const parts = (['photographer', 'agency', 'distributor'] as const).filter((k) => photo[k])
  if (!photo.creditLine.trim()) return <p className="credit-parts warn-text">No credit line — the photo cannot be published without one.</p>
  if (parts.length === 0) return <p className="credit-parts muted">Parts not recognised; the line is kept as written.</p>
  const names = { photographer: 'Photographer', agency: 'Agency', distributor: 'Distributor' }
  return (
    <dl className="credit-parts" data-testid="credit-parts">
      {parts.map((k) => (
        <div key={k}>
          <dt>{names[k]}</dt>
          <dd>{photo[k]}</dd>
        </div>
      ))}
    </dl>
  )
}

interface Props {
  photo: Photo
  index: number
  onSave: (patch: Partial<Photo>) => void
  onRemove: () => void
  disabled?: boolean
}

/**
 * One photo of the article: thumbnail, the credit line as the desk wrote it (split into its
 * parts as it is edited), caption and alt text (separate: one is read, one is heard), the kind
 * of image with its disclosure, and the IPTC creator and rights fields.
 */
export function PhotoCard({ photo, index, onSave, onRemove, disabled }: Props): React.JSX.Element {
  const saveCredit = (creditLine: string): void => {
    const split = parseCreditLine(creditLine.trim(), { photographers: photo.creator?.split(' ; ') ?? [] })
    onSave({ creditLine: creditLine.trim(), photographer: split.photographer, agency: split.agency, distributor: split.distributor })
  }
  const name = photo.file?.replace(/^media\//, '') ?? 'credit only'
  return (
    <li className="card photo-card" data-testid="photo-card" aria-label={`Photo ${index + 1}: ${name}`}>
      <fieldset disabled={disabled}>
        <div className="photo-head">
          <PhotoThumbnail file={photo.file} alt={photo.altText ?? ''} />
          <div className="photo-summary">
            <span className="photo-name mono" title={photo.file}>
              {name}
            </span>
            <CreditParts photo={photo} />
          </div>
        </div>
        <DraftField className={photo.creditLine.trim() ? 'credit-field' : 'credit-field field-missing'} label="Credit line" wrap value={photo.creditLine} onCommit={saveCredit} />
        <DraftField label="Caption" multiline value={photo.caption ?? ''} onCommit={(v) => onSave({ caption: v.trim() || undefined })} />
        <DraftField
          className={photo.altText ? undefined : 'field-missing-soft'}
          label="Alt text"
          multiline
          placeholder="What the picture shows, for readers who cannot see it"
          value={photo.altText ?? ''}
          onCommit={(v) => onSave({ altText: v.trim() || undefined })}
        />
        <PhotoDisclosure photo={photo} onSave={onSave} />
        <PhotoRights photo={photo} onSave={onSave} />
        <div className="photo-foot">
          <button type="button" className="link-button danger" onClick={onRemove} aria-label={`Remove photo ${name}`}>
            <Trash2 size={13} aria-hidden="true" /> Remove
          </button>
        </div>
      </fieldset>
    </li>
  )
}
