/**
 * Words too common to find anything with: not indexed, and dropped from queries (unless a query
 * has nothing else). Kept short on purpose: "said", "not", names and numbers all stay searchable.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'for', 'from', 'had', 'has', 'have', 'he', 'her',
  'his', 'i', 'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or', 'she', 'that', 'the', 'their', 'them', 'they',
  'this', 'to', 'was', 'we', 'were', 'which', 'who', 'will', 'with'
])
