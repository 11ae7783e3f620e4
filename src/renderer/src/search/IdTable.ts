import type { IdTableState, SearchReplyValue } from './searchProtocol'

/** Epochs kept: an answer to an earlier search may arrive after one that brought a new numbering. */
const EPOCHS_KEPT = 3

/**
 * The page's copy of the search index's id table (slot → article id), kept up to date from the
 * answers: each search tells the worker what the copy holds (`state`), and the answer brings
 * what it lacks, so the ids of thousands of results cross over as one typed array of slots.
 * A new epoch (the index restored or rebuilt, its slots renumbered) starts a new table.
 */
export class IdTable {
  private readonly tables = new Map<string, string[]>()
  private latest: string | null = null

  /** What to tell the worker with the next search. */
  state(): IdTableState | undefined {
    const ids = this.latest === null ? undefined : this.tables.get(this.latest)
    return ids && this.latest !== null ? { epoch: this.latest, length: ids.length } : undefined
  }

  /** Takes in the table part an answer brings and reads its slots: the ids found, in order. */
  read(value: Pick<SearchReplyValue, 'slots' | 'table'>): string[] {
    const { epoch, from, to, ids } = value.table
    let table = this.tables.get(epoch)
    if (!table) {
      if (from !== 0) throw new Error(`search: the id table of ${epoch} is not here to read the answer with`)
      table = []
      this.tables.set(epoch, table)
      this.latest = epoch
      if (this.tables.size > EPOCHS_KEPT) this.tables.delete(this.tables.keys().next().value!)
    }
    if (to > from) {
      const added = ids.split('\n')
      if (added.length !== to - from) throw new Error('search: the id table part does not match its slots')
      for (let i = 0; i < added.length; i++) table[from + i] = added[i]!
    }
    const { slots } = value
    const out: string[] = new Array(slots.length)
    for (let i = 0; i < slots.length; i++) {
      const id = table[slots[i]!]
      if (id === undefined) throw new Error('search: an answer names a slot the id table lacks')
      out[i] = id
    }
    return out
  }
}
