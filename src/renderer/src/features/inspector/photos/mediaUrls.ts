import type { CopydeskApi } from '../../../../../core/ipc'

/** Object URLs of workspace photos, one per file for the session (a photo is read over IPC once). */
const urls = new Map<string, Promise<string>>()

const toUrl = (bytes: Uint8Array, mimeType: string): string => URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }))

/** A blob: URL showing `file` (media/…), read from the workspace the first time it is asked for. */
export function mediaUrl(api: CopydeskApi, file: string): Promise<string> {
  let url = urls.get(file)
  if (!url) {
    url = api.media.read({ file }).then(({ bytes, mimeType }) => toUrl(bytes, mimeType))
    url.catch(() => urls.delete(file)) // try again next time
    urls.set(file, url)
  }
  return url
}

/** Seeds the cache with the small embedded thumbnail that came back when the photo was added. */
export function rememberThumbnail(file: string, thumbnail: Uint8Array | null): void {
  if (thumbnail && !urls.has(file)) urls.set(file, Promise.resolve(toUrl(thumbnail, 'image/jpeg')))
}
