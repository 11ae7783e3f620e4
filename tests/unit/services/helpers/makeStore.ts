import { join } from 'node:path'
import { SyncState } from '../../../../src/main/services/sync/SyncState'
import { WorkspaceStore } from '../../../../src/main/services/workspace/WorkspaceStore'
import { captureLog } from './captureLog'

/** A WorkspaceStore over `root` with its layout in place and a SyncState file in `appData`. */
export async function makeStore(root: string, appData: string): Promise<{ store: WorkspaceStore; sync: SyncState }> {
  const sync = await SyncState.load(join(appData, 'sync-state.json'), { log: captureLog() })
  const store = new WorkspaceStore(root, sync)
  await store.ensureLayout()
  return { store, sync }
}
