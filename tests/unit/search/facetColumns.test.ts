import { describe, expect, it } from 'vitest'
import { compileFilters, type ResolvedFilters } from '../../../src/core/search/compileFilters'
import { FacetColumns } from '../../../src/core/search/FacetColumns'
import { parseQuery } from '../../../src/core/search/parseQuery'
import type { SearchFacets } from '../../../src/core/search/SearchDoc'

/** A small seeded PRNG (mulberry32). */
function rng(seed: number): (n: number) => number {
  let a = seed >>> 0
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n)
  }
}

const STATUSES = ['draft', 'edited', 'ready', 'published'] as const
const PEOPLE = ['dmitry-peskov', 'piet-aalders', 'mara-lind', 'majed-al-ansari']
const SOURCES = ['reuters', 'baltic-wire', 'northwire', 'afp']
const AGENCIES = ['salampix-abaca / shutterstock editorial', 'jane doe / getty images', 'fjordline photo', 'getty images']

function facets(random: (n: number) => number): SearchFacets {
  const some = (from: readonly string[]): string[] => from.filter(() => random(3) === 0)
  return {
    status: STATUSES[random(4)]!,
    updatedAt: Date.UTC(2025, random(12), 1 + random(28), random(24)),
    createdAt: 0,
    trashed: random(8) === 0,
    entities: some([...PEOPLE, 'iran', 'qatar']),
    speakers: some(PEOPLE),
    sources: some(SOURCES),
    agencies: some(AGENCIES),
    photos: random(3),
    quotes: random(3),
    errors: random(4) === 0 ? 1 : 0
  }
}

const QUERIES = [
  '',
  'status:ready',
  'status:draft,edited',
  'status:published after:2025-06',
  'after:2025-03-15 before:2025-09-01',
  'before:2025-02',
  'has:errors',
  'has:photo,quotes',
  'speaker:peskov',
  'speaker:peskov speaker:aalders',
  'entity:iran status:ready',
  'source:reuters',
  'source:baltic',
  'source:nowhere',
  'agency:getty',
  'agency:getty agency:jane',
  'agency:fjordline has:errors',
  'speaker:nobody'
]

const resolve = (values: string[]): Set<string>[] => values.map((v) => new Set(PEOPLE.filter((p) => p.includes(v.toLowerCase())).concat(v === 'iran' ? ['iran'] : [])))

describe('FacetColumns', () => {
  it('answers every filter as compileFilters does over the same facets, through replacements and removals', () => {
    const random = rng(7)
    const columns = new FacetColumns()
    const bySlot: (SearchFacets | undefined)[] = []
    for (let slot = 0; slot < 400; slot++) {
      bySlot.push(facets(random))
      columns.set(slot, bySlot[slot]!)
    }
    // Removed (a hole) and replaced (a hole, and the article again in a new slot).
    for (let i = 0; i < 60; i++) {
      const slot = random(bySlot.length)
      columns.clear(slot)
      const replaced = bySlot[slot]
      bySlot[slot] = undefined
      if (replaced && i % 2 === 0) {
        bySlot.push({ ...replaced, status: STATUSES[random(4)]! })
        columns.set(bySlot.length - 1, bySlot[bySlot.length - 1]!)
      }
    }
    for (const input of QUERIES) {
      const q = parseQuery(input)
      const resolved: ResolvedFilters = { speakers: resolve(q.filters.speakers), entities: resolve(q.filters.entities) }
      const predicate = compileFilters(q.filters, resolved)
      const mask = columns.mask(q.filters, resolved, bySlot.length)
      const expected = bySlot.map((f) => (f !== undefined && predicate(f) ? 1 : 0))
      expect([...mask.subarray(0, bySlot.length)], input).toEqual(expected)
    }
  })

  it('is built again from nothing after a reset', () => {
    const columns = new FacetColumns()
    const f = facets(rng(1))
    columns.set(0, { ...f, trashed: false, status: 'ready' })
    columns.reset()
    columns.set(0, { ...f, trashed: false, status: 'draft' })
    const q = parseQuery('status:ready')
    expect([...columns.mask(q.filters, { speakers: [], entities: [] }, 1)]).toEqual([0])
    expect(columns.dateAt(0)).toBe(f.updatedAt)
  })
})
