import { copyFile, constants, mkdir, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { errorCode } from '../fs/errorCode'
import { fsyncDir } from '../fs/fsyncDir'
import type { Logger } from '../Logger'
import { defaultWorkspacePath } from './defaultWorkspacePath'
import { ensureWorkspaceLayout } from './ensureWorkspaceLayout'
import { WorkspaceError } from './WorkspaceError'
import { workspaceLayout } from './workspaceLayout'

/**
 * The workspace used while none is chosen: `<documentsDir>/Copydesk`. The first time, the
 * folder is created with the layout and the sample workspace's files (articles, and the
 * entities, sources and media they refer to, when the sample has them) so a new user sees
 * a tagged article at once. An existing folder is never touched beyond adding missing
 * layout folders: samples are copied only into a folder this call created (mkdir without
 * `recursive` tells us atomically, even with two app instances starting together).
 */
export async function ensureDefaultWorkspace(
  documentsDir: string,
  sampleDir: string,
  log: Logger = console
): Promise<{ path: string; created: boolean }> {
  const path = defaultWorkspacePath(documentsDir)
  await mkdir(documentsDir, { recursive: true })
  let created = true
  try {
    await mkdir(path)
  } catch (err) {
    if (errorCode(err) !== 'EEXIST') throw err
    created = false
    const st = await stat(path)
    if (!st.isDirectory()) {
      throw new WorkspaceError(`Cannot use ${path} as the default workspace: it is a file, not a folder.`)
    }
  }
  await ensureWorkspaceLayout(path)
  if (created) await copySamples(sampleDir, path, log)
  return { path, created }
}

async function copySamples(sampleDir: string, workspace: string, log: Logger): Promise<void> {
  // sampleDir is the sample workspace (resources/sample-workspace); given its articles/
  // folder itself instead, its .md files are still found.
  const flat = !(await isDirectory(join(sampleDir, workspaceLayout.articlesDir)))
  for (const folder of workspaceLayout.folders) {
    const from = flat && folder === workspaceLayout.articlesDir ? sampleDir : join(sampleDir, folder)
    let names: string[]
    try {
      const entries = await readdir(from, { withFileTypes: true })
      names = entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name)
    } catch (err) {
      // Samples are a welcome, not a requirement: a missing folder must not stop the app.
      if (errorCode(err) !== 'ENOENT') log.warn(`Could not read sample folder ${from}`, err)
      continue
    }
    if (folder === workspaceLayout.articlesDir) names = names.filter((n) => n.endsWith('.md'))
    for (const name of names) {
      try {
        await copyFile(join(from, name), join(workspace, folder, name), constants.COPYFILE_EXCL)
      } catch (err) {
        if (errorCode(err) !== 'EEXIST') log.warn(`Could not copy sample ${folder}/${name}`, err)
      }
    }
    await fsyncDir(join(workspace, folder))
  }
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory()
  } catch {
    return false
  }
}
