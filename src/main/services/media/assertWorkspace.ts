import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { errorCode } from '../fs/errorCode'
import { WorkspaceError } from '../workspace/WorkspaceError'
import { workspaceLayout } from '../workspace/workspaceLayout'

/**
 * Refuses a folder that is not there or has lost copydesk.json (an unplugged drive), as the
 * workspace store does: a photo must not be written into a re-created folder on the wrong disk.
 */
export async function assertWorkspace(root: string): Promise<void> {
  try {
    if ((await stat(join(root, workspaceLayout.markerFile))).isFile()) return
  } catch (err) {
    const code = errorCode(err)
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw err
  }
  throw new WorkspaceError(`The workspace folder ${root} is not reachable (copydesk.json is missing). Reconnect the drive, or choose the folder again.`)
}
