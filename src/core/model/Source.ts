export const SOURCE_TYPES = [
  'wire',
  'interview',
  'document',
  'press-release',
  'broadcast',
  'social-media',
  'website'
] as const
export type SourceType = (typeof SOURCE_TYPES)[number]

/**
 * A registry source, one per file in the workspace (`sources/<id>.yaml`): a wire agency, an
 * interview, a document… The id is a readable slug (`reuters`), unique in the workspace.
 */
export interface Source {
  id: string
  type: SourceType
  name: string
  url?: string
  contact?: string
  notes?: string
  /** ISO 8601 date the source was accessed or the interview held. */
  accessDate?: string
  /** Keys this version does not know, kept as they are. */
  extra?: Record<string, unknown>
}
