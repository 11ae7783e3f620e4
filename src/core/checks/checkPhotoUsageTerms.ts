import type { Check } from './Check'
import { filled, photoKey, photoLabel } from './photoLabel'

/** Warning: a photo without Rights Usage Terms — nobody can tell whether it may be used here. */
export const checkPhotoUsageTerms: Check = (article) =>
  article.photos.flatMap((photo, index) =>
    filled(photo.usageTerms)
      ? []
      : [
          {
            id: 'photo-usage-terms',
            key: `photo-usage-terms:${photoKey(photo, index)}`,
            severity: 'warning' as const,
            message: `${photoLabel(photo, index)} has no usage terms — note the rights (e.g. “Editorial use only”) so the desk knows it may run.`,
            target: { kind: 'photo' as const, index }
          }
        ]
  )
