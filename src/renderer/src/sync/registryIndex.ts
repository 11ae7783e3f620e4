import { liveQuery } from 'dexie'
import { buildRegistryIndex } from '../../../core/suggest/buildRegistryIndex'
import type { RegistryEntity } from '../../../core/suggest/RegistryEntity'
import type { RegistryIndex } from '../../../core/suggest/RegistryIndex'
import { db } from '../db/db'
import { coreClient } from '../worker/coreClient'

let entities: RegistryEntity[] = []
let current: RegistryIndex | undefined

/** The registry as the suggester reads it on this thread (built on first use after a change). */
export function currentRegistryIndex(): RegistryIndex | undefined {
  current ??= buildRegistryIndex(entities)
  return current
}

/** Keeps the registry of the suggester (in the core worker, and on demand here) up to date; returns a stop function. */
export function watchRegistryIndex(): () => void {
  const subscription = liveQuery(() => db.entities.toArray()).subscribe({
    next: (rows) => {
      entities = rows.filter((r) => !r.mergedInto).map(({ id, type, name, aliases }) => ({ id, type, name, aliases }))
      current = undefined
      coreClient().setRegistry(entities)
    }
  })
  return () => subscription.unsubscribe()
}
