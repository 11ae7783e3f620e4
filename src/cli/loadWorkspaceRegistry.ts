import { buildRegistryIndex } from '../core/suggest/buildRegistryIndex'
import type { RegistryIndex } from '../core/suggest/RegistryIndex'
import { readWorkspaceEntities } from './readWorkspaceEntities'

/** The entity registry of `--workspace <dir>` (entities/*.yaml), ready for the suggester. */
export async function loadWorkspaceRegistry(dir: string | undefined): Promise<RegistryIndex> {
  return buildRegistryIndex((await readWorkspaceEntities(dir)).filter((e) => !e.mergedInto))
}
