/**
 * A Set from a '|'-separated list. Lexicons are written as long strings rather than array
 * literals: smaller source, smaller bundle, and one split at module load.
 */
export function wordSet(list: string): Set<string> {
  const set = new Set<string>()
  for (const item of list.split('|')) {
    const w = item.trim()
    if (w) set.add(w)
  }
  return set
}
