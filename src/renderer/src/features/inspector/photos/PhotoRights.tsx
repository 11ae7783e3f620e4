import type { Photo, PhotoTextField } from '../../../../../core/model/Article'
import { DraftField } from '../fields/DraftField'

/** The IPTC rights and creator fields, pre-filled from the file and editable. */
const FIELDS: { key: PhotoTextField; label: string; type?: 'url' }[] = [
  { key: 'creator', label: 'Creator' },
  { key: 'creatorJobTitle', label: 'Creator’s job title' },
  { key: 'source', label: 'Source' },
  { key: 'copyrightNotice', label: 'Copyright notice' },
  { key: 'copyrightOwner', label: 'Copyright owner' },
  { key: 'usageTerms', label: 'Rights usage terms' },
  { key: 'webStatement', label: 'Web statement of rights', type: 'url' },
  { key: 'licensor', label: 'Licensor' },
  { key: 'dateCreated', label: 'Date created' }
]

/** Creator, source and rights: folded away under the caption, with how many are filled. */
export function PhotoRights({ photo, onSave }: { photo: Photo; onSave: (patch: Partial<Photo>) => void }): React.JSX.Element {
  const filled = FIELDS.filter((f) => photo[f.key]).length
  return (
    <details className="photo-rights">
      <summary>
        Creator and rights <span className="muted">({filled} of {FIELDS.length})</span>
        {!photo.usageTerms && <span className="warn-text"> · no usage terms</span>}
      </summary>
      {FIELDS.map((f) => (
        <DraftField key={f.key} label={f.label} type={f.type} value={photo[f.key] ?? ''} onCommit={(v) => onSave({ [f.key]: v.trim() || undefined })} />
      ))}
    </details>
  )
}
