/** What the opened article highlights: the terms and phrases of the search its result came from. */
export interface SearchHighlight {
  terms: readonly string[]
  phrases: readonly (readonly string[])[]
}

type Listener = (highlight: SearchHighlight) => void

const NONE: SearchHighlight = { terms: [], phrases: [] }
let current: SearchHighlight = NONE
let revealNext = false
const listeners = new Set<Listener>()

/**
 * The search highlight, shared by the library (which sets it as the search changes) and the
 * editor (which decorates the matches). Kept outside React: the editor is created per article
 * and reads it as it opens.
 */
export const searchHighlight = {
  get(): SearchHighlight {
    return current
  },
  set(next: SearchHighlight): void {
    if (sameHighlight(next, current)) return
    current = next.terms.length || next.phrases.length ? next : NONE
    for (const l of listeners) l(current)
  },
  clear(): void {
    searchHighlight.set(NONE)
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  },
  /** The next article opened came from a search result: scroll to its first match. */
  revealOnOpen(): void {
    revealNext = true
  },
  takeReveal(): boolean {
    const r = revealNext
    revealNext = false
    return r
  }
}

function sameHighlight(a: SearchHighlight, b: SearchHighlight): boolean {
  return a.terms.join('\n') === b.terms.join('\n') && a.phrases.map((p) => p.join(' ')).join('\n') === b.phrases.map((p) => p.join(' ')).join('\n')
}
