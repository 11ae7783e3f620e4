import { useEffect, useState } from 'react'
import { ImageOff } from 'lucide-react'
import { useApp } from '../../../app/AppContext'
import { mediaUrl } from './mediaUrls'

/** A small preview of a workspace photo; a placeholder when there is no file or it cannot be shown. */
export function PhotoThumbnail({ file, alt }: { file: string | undefined; alt: string }): React.JSX.Element {
  const { api } = useApp()
  const [state, setState] = useState<{ file: string; url: string | null } | null>(null)
  useEffect(() => {
    if (!file) return
    let live = true
    mediaUrl(api, file).then(
      (url) => live && setState({ file, url }),
      () => live && setState({ file, url: null })
    )
    return () => {
      live = false
    }
  }, [api, file])
  const current = state && state.file === file ? state : null
  const url = current?.url ?? null
  if (!file || (current && url === null)) {
    return (
      <div className="photo-thumb photo-thumb-missing" title={file ? `${file} cannot be shown` : 'No file: a credit only'}>
        <ImageOff size={18} aria-hidden="true" />
      </div>
    )
  }
  return <div className="photo-thumb">{url && <img src={url} alt={alt} data-testid="photo-thumbnail" onError={() => setState({ file, url: null })} />}</div>
}
