import { liveQuery } from 'dexie'
import { buildRegistryIndex } from '../../../core/suggest/buildRegistryIndex'
import type { RegistryIndex } from '../../../core/suggest/RegistryIndex'
import { db } from '../db/db'

let current: RegistryIndex | undefined = buildRegistryIndex([])

/** The registry as the suggester reads it, rebuilt whenever the entities table changes. */
export function currentRegistryIndex(): RegistryIndex | undefined {
  return current
}

/** Keeps currentRegistryIndex() up to date; returns a stop function. */
export function watchRegistryIndex(): () => void {
  const subscription = liveQuery(() => db.entities.toArray()).subscribe({
    next: (rows) => {
      current = buildRegistryIndex(rows.filter((r) => !r.mergedInto).map(({ id, type, name, aliases }) => ({ id, type, name, aliases })))
    }
  })
  return () => subscription.unsubscribe()
}
