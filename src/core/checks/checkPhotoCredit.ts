import type { Check } from './Check'
import { filled, photoKey, photoLabel } from './photoLabel'

/** Error: a photo without a credit line cannot be published (IPTC Credit Line). */
export const checkPhotoCredit: Check = (article) =>
  article.photos.flatMap((photo, index) =>
    filled(photo.creditLine)
      ? []
      : [
          {
            id: 'photo-credit',
            key: `photo-credit:${photoKey(photo, index)}`,
            severity: 'error' as const,
            message: `${photoLabel(photo, index)} has no credit line — add who took it and for whom (e.g. “AP Photo/Jane Doe”).`,
            target: { kind: 'photo' as const, index }
          }
        ]
  )
