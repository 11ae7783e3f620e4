/** Front-matter keys the article model owns; any other key is kept in `extra` as it was read. */
export const FRONT_MATTER_KEYS: ReadonlySet<string> = new Set([
  'id',
  'headline',
  'status',
  'createdAt',
  'updatedAt',
  'standfirst',
  'bylines',
  'dateline',
  'language',
  'subjects',
  'embargo',
  'editorNote',
  'corrections',
  'photos',
  'sources',
  'custom',
  'rejected',
  'checkOverrides',
  'conflictOf'
])
