import type { Photo } from '../model/Article'

/** How the desk recognises a photo in a message: “Photo 2 (kremlin.jpg)”. */
export function photoLabel(photo: Photo, index: number): string {
  const file = photo.file?.split('/').pop()
  return file ? `Photo ${index + 1} (${file})` : `Photo ${index + 1}`
}

/** What a photo finding is about, for its key: the photo's file, else its position (1-based). */
export function photoKey(photo: Photo, index: number): string {
  return photo.file?.trim() || String(index + 1)
}

/** Whether an optional text field holds something other than blanks. */
export function filled(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== ''
}
