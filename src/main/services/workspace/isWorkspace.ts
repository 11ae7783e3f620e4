import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { workspaceLayout } from './workspaceLayout'

/** The folder has the workspace marker (copydesk.json). */
export async function isWorkspace(root: string): Promise<boolean> {
  try {
    return (await stat(join(root, workspaceLayout.markerFile))).isFile()
  } catch {
    return false
  }
}
