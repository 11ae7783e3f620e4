import { slugify } from '../model/slugify'
import { dayStart } from './readDate'
import { foldText } from './foldText'
import type { SearchFacets } from './SearchDoc'
import type { SearchFilters } from './SearchQuery'

/** Entity filter values resolved to the entity ids each may mean (see matchEntityIds). */
export interface ResolvedFilters {
  speakers: ReadonlySet<string>[]
  entities: ReadonlySet<string>[]
}

const intersects = (have: readonly string[], wanted: ReadonlySet<string>): boolean => have.some((id) => wanted.has(id))

/** A source filter value matches an id spelling it, or an id holding all its words ("baltic" → baltic-wire). */
export function sourceMatcher(value: string): (id: string) => boolean {
  const slug = slugify(value)
  const parts = slug.split('-')
  return (id) => id === slug || id === value || parts.every((p) => id.split('-').includes(p))
}

/** An agency filter value matches a (folded) credit line, agency or distributor holding it. */
export function agencyMatcher(value: string): (agency: string) => boolean {
  const folded = foldText(value.trim())
  return (agency) => agency.includes(folded)
}

/**
 * The filters as one predicate over an article's facets. Trashed articles never match: search
 * covers the live library. The index answers the same filters from its facet columns
 * (FacetColumns.mask); this predicate is what they are checked against, and what a plain scan uses.
 */
export function compileFilters(filters: SearchFilters, resolved: ResolvedFilters): (facets: SearchFacets) => boolean {
  const tests: ((f: SearchFacets) => boolean)[] = [(f) => !f.trashed]
  if (filters.status.length) tests.push((f) => filters.status.includes(f.status))
  if (filters.after) {
    const from = dayStart(filters.after)
    tests.push((f) => f.updatedAt >= from)
  }
  if (filters.before) {
    const until = dayStart(filters.before)
    tests.push((f) => f.updatedAt < until)
  }
  for (const flag of filters.has) {
    if (flag === 'errors') tests.push((f) => f.errors > 0)
    if (flag === 'photo') tests.push((f) => f.photos > 0)
    if (flag === 'quotes') tests.push((f) => f.quotes > 0)
  }
  for (const wanted of resolved.speakers) tests.push((f) => intersects(f.speakers, wanted))
  for (const wanted of resolved.entities) tests.push((f) => intersects(f.entities, wanted))
  for (const value of filters.sources) {
    const match = sourceMatcher(value)
    tests.push((f) => f.sources.some(match))
  }
  for (const value of filters.agencies) {
    const match = agencyMatcher(value)
    tests.push((f) => f.agencies.some(match))
  }
  // Called for every candidate of every keystroke: a plain loop, and the common case on its own.
  if (tests.length === 1) return tests[0]!
  const n = tests.length
  return (facets) => {
    for (let i = 0; i < n; i++) if (!tests[i]!(facets)) return false
    return true
  }
}
