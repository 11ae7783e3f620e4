import type { MediaTopic } from '../../../../../core/model/parseMediaTopics'
import { parseMediaTopics } from '../../../../../core/model/parseMediaTopics'

let loading: Promise<MediaTopic[]> | undefined

/**
 * The bundled IPTC Media Topics (English), loaded the first time the subject picker is used:
 * the list is a separate chunk, not part of what the app loads at start.
 */
export function loadMediaTopics(): Promise<MediaTopic[]> {
  loading ??= import('../../../../../../resources/iptc-mediatopic_2019-04-06_en.csv?raw')
    .then((m) => parseMediaTopics(m.default))
    .catch((error: unknown) => {
      loading = undefined
      throw error
    })
  return loading
}
