import { agencyMatcher, sourceMatcher, type ResolvedFilters } from './compileFilters'
import { dayStart } from './readDate'
import type { SearchFacets } from './SearchDoc'
import type { SearchFilters } from './SearchQuery'

const ERRORS = 1
const PHOTO = 2
const QUOTES = 4
const FLAG = { errors: ERRORS, photo: PHOTO, quotes: QUOTES } as const

/** Per facet value (a speaker, an entity, a source, an agency), the slots holding it, in the order they were added. */
type SlotLists = Map<string, number[]>

function addTo(lists: SlotLists, values: readonly string[], slot: number): void {
  for (const v of values) {
    const list = lists.get(v)
    if (list) list.push(slot)
    else lists.set(v, [slot])
  }
}

/**
 * The search facets of every slot of the index as columns: typed arrays for status, date, flags
 * and whether the slot holds a live (untrashed) article, and per speaker, entity, source and
 * agency the slots holding it. The filters are answered from these as a mask over the slots, in
 * a few passes over small arrays rather than a look into every article's facets per keystroke
 * (which, scattered over the heap, cost 10–20 ms over 10,000 articles). The answers are those of
 * compileFilters over the same facets.
 *
 * Slots only ever get added (a document replaced takes a new slot, its old one is cleared): a
 * value's list may still name cleared slots, which the live column rules out. When the index
 * renumbers its slots the columns are built again (`reset`, then `set` for every slot).
 */
export class FacetColumns {
  private live = new Uint8Array(0)
  private status = new Uint8Array(0)
  private updatedAt = new Float64Array(0)
  private flags = new Uint8Array(0)
  /** Status → its code in `status` (from 1; 0: a slot never set). */
  private readonly statusCodes = new Map<string, number>()
  private speakers: SlotLists = new Map()
  private entities: SlotLists = new Map()
  private sources: SlotLists = new Map()
  private agencies: SlotLists = new Map()

  /** Forgets every slot. */
  reset(): void {
    this.live.fill(0)
    this.speakers = new Map()
    this.entities = new Map()
    this.sources = new Map()
    this.agencies = new Map()
  }

  private grow(slots: number): void {
    if (this.live.length >= slots) return
    const size = Math.max(slots, this.live.length * 2, 1024)
    const grown = <A extends Uint8Array | Float64Array>(old: A, make: (n: number) => A): A => {
      const next = make(size)
      next.set(old)
      return next
    }
    this.live = grown(this.live, (n) => new Uint8Array(n))
    this.status = grown(this.status, (n) => new Uint8Array(n))
    this.updatedAt = grown(this.updatedAt, (n) => new Float64Array(n))
    this.flags = grown(this.flags, (n) => new Uint8Array(n))
  }

  /** Records the facets of a document put in `slot`. */
  set(slot: number, facets: SearchFacets): void {
    this.grow(slot + 1)
    let code = this.statusCodes.get(facets.status)
    if (code === undefined) this.statusCodes.set(facets.status, (code = this.statusCodes.size + 1))
    this.live[slot] = facets.trashed ? 0 : 1
    this.status[slot] = code
    this.updatedAt[slot] = facets.updatedAt
    this.flags[slot] = (facets.errors > 0 ? ERRORS : 0) | (facets.photos > 0 ? PHOTO : 0) | (facets.quotes > 0 ? QUOTES : 0)
    addTo(this.speakers, facets.speakers, slot)
    addTo(this.entities, facets.entities, slot)
    addTo(this.sources, facets.sources, slot)
    addTo(this.agencies, facets.agencies, slot)
  }

  /** The slot's document was removed: it matches no filter any more. */
  clear(slot: number): void {
    if (slot < this.live.length) this.live[slot] = 0
  }

  /** The last-changed time of the document in a slot (epoch ms), for sorting by date. */
  dateAt(slot: number): number {
    return this.updatedAt[slot]!
  }

  /**
   * The slots below `slots` that hold a live article passing the filters: 1 in the mask. Without
   * filters this is the live column itself: read it, never write it.
   */
  mask(filters: SearchFilters, resolved: ResolvedFilters, slots: number): Uint8Array {
    this.grow(slots)
    // Per list filter, the slot lists of the values it accepts: a slot in any of them passes.
    const lists: number[][][] = []
    const named = (from: SlotLists, ids: ReadonlySet<string>): number[][] => {
      const out: number[][] = []
      for (const id of ids) {
        const list = from.get(id)
        if (list) out.push(list)
      }
      return out
    }
    const pick = (from: SlotLists, wanted: (value: string) => boolean): number[][] => {
      const out: number[][] = []
      for (const [value, list] of from) if (wanted(value)) out.push(list)
      return out
    }
    for (const ids of resolved.speakers) lists.push(named(this.speakers, ids))
    for (const ids of resolved.entities) lists.push(named(this.entities, ids))
    for (const value of filters.sources) lists.push(pick(this.sources, sourceMatcher(value)))
    for (const value of filters.agencies) lists.push(pick(this.agencies, agencyMatcher(value)))
    const statuses = filters.status.length ? new Set(filters.status.flatMap((s) => this.statusCodes.get(s) ?? [])) : null
    const from = filters.after ? dayStart(filters.after) : null
    const until = filters.before ? dayStart(filters.before) : null
    let flags = 0
    for (const flag of filters.has) flags |= FLAG[flag]
    if (!statuses && from === null && until === null && flags === 0 && lists.length === 0) return this.live

    const mask = this.live.slice(0, slots)
    if (statuses || from !== null || until !== null || flags !== 0) {
      const { status, updatedAt } = this
      const flagsOf = this.flags
      for (let slot = 0; slot < slots; slot++) {
        if (mask[slot] === 0) continue
        if (
          (statuses && !statuses.has(status[slot]!)) ||
          (from !== null && !(updatedAt[slot]! >= from)) ||
          (until !== null && !(updatedAt[slot]! < until)) ||
          (flagsOf[slot]! & flags) !== flags
        ) {
          mask[slot] = 0
        }
      }
    }
    if (lists.length) {
      const hit = new Uint8Array(slots)
      for (const group of lists) {
        hit.fill(0)
        for (const list of group) for (const slot of list) if (slot < slots) hit[slot] = 1
        for (let slot = 0; slot < slots; slot++) mask[slot]! &= hit[slot]!
      }
    }
    return mask
  }
}
