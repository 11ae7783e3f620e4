import type { SourceType } from '../../../../../core/model/Source'

export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  wire: 'Wire agency',
  interview: 'Interview',
  document: 'Document',
  'press-release': 'Press release',
  broadcast: 'Broadcast',
  'social-media': 'Social media post',
  website: 'Website'
}
