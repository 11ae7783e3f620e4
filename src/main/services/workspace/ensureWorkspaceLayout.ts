import { mkdir, open } from 'node:fs/promises'
import { join } from 'node:path'
import { errorCode } from '../fs/errorCode'
import { fsyncDir } from '../fs/fsyncDir'
import { workspaceLayout } from './workspaceLayout'

/**
 * Creates whatever is missing of the workspace layout: the folder, copydesk.json and the
 * top-level folders. Never overwrites: copydesk.json is created with O_EXCL ('wx'), so an
 * existing one (perhaps from a newer version, or written by another device a moment ago)
 * is left exactly as it is.
 */
export async function ensureWorkspaceLayout(root: string): Promise<void> {
  await mkdir(root, { recursive: true })
  const markerPath = join(root, workspaceLayout.markerFile)
  try {
    const handle = await open(markerPath, 'wx')
    try {
      await handle.writeFile(JSON.stringify(workspaceLayout.marker, null, 2) + '\n', 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch (err) {
    if (errorCode(err) !== 'EEXIST') throw err
  }
  for (const folder of workspaceLayout.folders) await mkdir(join(root, folder), { recursive: true })
  await fsyncDir(root)
}
