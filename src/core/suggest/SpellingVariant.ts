/**
 * One entity spelled more than one way in a text ("Araqchi" / "Arakchi"): every occurrence of
 * every spelling, and the spelling to use — the registry's when it knows the name, else the more
 * frequent one, else the earlier one. The desk's one-click fix rewrites the others to `preferred`.
 */
export interface SpellingVariant {
  preferred: string
  entityId?: string
  mentions: Array<{ start: number; end: number; text: string }>
}
