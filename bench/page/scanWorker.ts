/// <reference lib="webworker" />
/**
 * The search bench's baseline, in a worker like the index: a plain scan of every article's
 * text held in memory, lower-cased once. A result has every word and phrase of the query as a
 * substring and passes the same filters (compileFilters, the same facets); results are sorted
 * by date, as the library lists them. No stemming, no ranking.
 */
import { compileFilters } from '../../src/core/search/compileFilters'
import { matchEntityIds, type NamedEntity } from '../../src/core/search/matchEntityIds'
import { parseQuery } from '../../src/core/search/parseQuery'
import type { SearchFacets } from '../../src/core/search/SearchDoc'

export interface Haystack {
  id: string
  text: string
  facets: SearchFacets
}

export type ScanRequest = { kind: 'load'; haystacks: Haystack[]; people: NamedEntity[] } | { kind: 'search'; id: number; query: string }

let haystacks: Haystack[] = []
let people: NamedEntity[] = []

self.onmessage = (event: MessageEvent<ScanRequest>) => {
  const request = event.data
  if (request.kind === 'load') {
    ;({ haystacks, people } = request)
    self.postMessage({ id: 0, ids: [] })
    return
  }
  const q = parseQuery(request.query)
  const keep = compileFilters(q.filters, {
    speakers: q.filters.speakers.map((v) => matchEntityIds(v, people)),
    entities: q.filters.entities.map((v) => matchEntityIds(v, people))
  })
  const needles = [...q.words, ...q.phrases.map((p) => p.join(' '))].map((w) => w.toLowerCase())
  const found: Haystack[] = []
  for (const h of haystacks) if (keep(h.facets) && needles.every((w) => h.text.includes(w))) found.push(h)
  found.sort((a, b) => b.facets.updatedAt - a.facets.updatedAt)
  self.postMessage({ id: request.id, ids: found.map((h) => h.id) })
}
