import { syntheticKind } from '../../../../../core/checks/digitalSourceType'
import type { Photo } from '../../../../../core/model/Article'
import { DraftField } from '../fields/DraftField'
import { DIGITAL_SOURCE_TYPES, DST_BASE, termOf } from './digitalSourceTypes'

/**
 * What kind of image it is (IPTC Digital Source Type) and, for an AI-generated or composite
 * image, the disclosure readers see — without one such an image cannot be exported.
 */
export function PhotoDisclosure({ photo, onSave }: { photo: Photo; onSave: (patch: Partial<Photo>) => void }): React.JSX.Element {
  const term = termOf(photo.digitalSourceType)
  const kind = syntheticKind(photo.digitalSourceType)
  const known = DIGITAL_SOURCE_TYPES.some((t) => t.term === term)
  return (
    <div className="photo-kind">
      <label className="field">
        <span>
          Kind of image
          {kind && <span className={`flag flag-${kind}`}>{kind === 'ai' ? 'AI-generated' : 'Composite'}</span>}
        </span>
        <select value={term} onChange={(e) => onSave({ digitalSourceType: e.target.value ? `${DST_BASE}${e.target.value}` : undefined })}>
          <option value="">Not stated</option>
          {!known && term && <option value={term}>{term}</option>}
          {DIGITAL_SOURCE_TYPES.map((t) => (
            <option key={t.term} value={t.term}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      {(kind || photo.disclosure) && (
        <DraftField
          className={kind && !photo.disclosure ? 'field-missing' : undefined}
          label="Disclosure"
          placeholder={kind === 'ai' ? 'Image generated with AI' : 'Composite image'}
          value={photo.disclosure ?? ''}
          onCommit={(v) => onSave({ disclosure: v.trim() || undefined })}
          hint={kind && !photo.disclosure ? 'Required: printed with the image.' : undefined}
        />
      )}
    </div>
  )
}
