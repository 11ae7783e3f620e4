import type { Check } from './Check'
import { syntheticKind } from './digitalSourceType'
import { filled, photoKey, photoLabel } from './photoLabel'

/** Error: an AI-generated or composite image (IPTC Digital Source Type) printed without a disclosure. */
export const checkPhotoDisclosure: Check = (article) =>
  article.photos.flatMap((photo, index) => {
    const kind = syntheticKind(photo.digitalSourceType)
    if (!kind || filled(photo.disclosure)) return []
    const what = kind === 'ai' ? 'is AI-generated' : 'is a composite'
    return [
      {
        id: 'photo-disclosure',
        key: `photo-disclosure:${photoKey(photo, index)}`,
        severity: 'error' as const,
        message: `${photoLabel(photo, index)} ${what} (its Digital Source Type says so) but has no disclosure — add the line readers will see (e.g. “Image generated with AI”).`,
        target: { kind: 'photo' as const, index }
      }
    ]
  })
