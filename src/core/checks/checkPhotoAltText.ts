import type { Check } from './Check'
import { filled, photoKey, photoLabel } from './photoLabel'

/** Warning: a photo without alt text, which screen-reader users then miss (the caption is not alt text). */
export const checkPhotoAltText: Check = (article) =>
  article.photos.flatMap((photo, index) =>
    filled(photo.altText)
      ? []
      : [
          {
            id: 'photo-alt-text',
            key: `photo-alt-text:${photoKey(photo, index)}`,
            severity: 'warning' as const,
            message: `${photoLabel(photo, index)} has no alt text — describe what it shows for readers who cannot see it.`,
            target: { kind: 'photo' as const, index }
          }
        ]
  )
