/**
 * A map from every inflected form to its lemma, from a '|'-separated list of entries whose
 * first form is the lemma: "say says said saying|tell tells told".
 */
export function inflect(list: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const entry of list.split('|')) {
    const forms = entry.trim().split(/\s+/)
    if (!forms[0]) continue
    for (const f of forms) map.set(f, forms[0])
  }
  return map
}
