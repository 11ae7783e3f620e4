import { lstat, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Backup } from '../core/formats/backup/Backup'
import { backupFiles } from '../core/formats/backup/backupFiles'
import { readBackup } from '../core/formats/backup/readBackup'
import { ImportError } from '../core/formats/ImportError'
import { writeNewFile } from '../main/services/export/writeNewFile'
import { ensureWorkspaceLayout } from '../main/services/workspace/ensureWorkspaceLayout'
import { CliError } from './CliError'
import type { CliIO } from './CliIO'
import { parseCommandArgs } from './parseCommandArgs'

/** A backup is far larger than an article file may be; this is still a sane ceiling. */
const MAX_BYTES = 1024 * 1024 * 1024

async function readBackupFile(path: string): Promise<Backup> {
  let text: string
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new CliError(`${path} is a directory, not a backup file`)
    if (info.size > MAX_BYTES) throw new CliError(`${path}: the file is larger than 1 GB`)
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (error instanceof CliError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new CliError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${(error as Error).message}`)
  }
  try {
    return readBackup(text)
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(`${path}: ${error.message}`)
    throw error
  }
}

/**
 * `copydesk restore <file.json> --workspace <dir> [--json]`: writes a backup's articles,
 * trash, entities and sources into the workspace folder (created if missing, with its
 * layout). Never overwrites: if any file the backup holds is already there, nothing is
 * written and the error names it — restore into a new folder, or move those files away.
 */
export async function restoreCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    workspace: { type: 'string' }
  })
  if (positionals.length !== 1) throw new CliError('restore needs one backup file: copydesk restore <file.json> --workspace <dir>', 2)
  const root = values.workspace as string | undefined
  if (!root) throw new CliError('restore needs --workspace <dir>, the folder to restore into', 2)
  const backup = await readBackupFile(positionals[0]!)
  const files = backupFiles(backup)

  const taken: string[] = []
  for (const f of files) {
    try {
      await lstat(join(root, f.file))
      taken.push(f.file)
    } catch {
      // Free.
    }
  }
  if (taken.length) {
    const shown = taken.slice(0, 3).join(', ') + (taken.length > 3 ? ', …' : '')
    throw new CliError(
      `${taken.length === 1 ? `${shown} already exists` : `${taken.length} files already exist (${shown})`} in ${root}; restore never overwrites — use an empty folder or move them away`
    )
  }
  try {
    await ensureWorkspaceLayout(root)
    for (const f of files) {
      if (!(await writeNewFile(join(root, f.file), f.content))) throw new CliError(`${f.file} appeared in ${root} while restoring; it was left as it is`)
    }
  } catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError(`cannot restore into ${root}: ${(error as Error).message}`)
  }

  const summary = { workspace: root, articles: backup.articles.length, trash: backup.trash.length, entities: backup.entities.length, sources: backup.sources.length }
  if (values.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`)
  else {
    io.stdout(
      `Restored ${summary.articles} article${summary.articles === 1 ? '' : 's'} (${summary.trash} in the trash), ${summary.entities} ${summary.entities === 1 ? 'entity' : 'entities'} and ${summary.sources} source${summary.sources === 1 ? '' : 's'} into ${root}\n`
    )
  }
  return 0
}
