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
import { decodeBackupMedia } from './decodeBackupMedia'
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
 * trash, entities, sources and media files into the workspace folder (created if missing,
 * with its layout). The whole backup is checked first, every photo's bytes against its
 * checksum included. Never overwrites: if any file the backup holds is already there,
 * nothing is written and the error names it — restore into a new folder, or move those
 * files away.
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
  const files: { file: string; content: string | Uint8Array }[] = [
    ...backupFiles(backup),
    ...decodeBackupMedia(positionals[0]!, backup.media).map((m) => ({ file: m.file, content: m.bytes }))
  ]

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

  const summary = {
    workspace: root,
    articles: backup.articles.length,
    trash: backup.trash.length,
    entities: backup.entities.length,
    sources: backup.sources.length,
    media: backup.media.length
  }
  const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`
  if (values.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`)
  else {
    io.stdout(
      `Restored ${count(summary.articles, 'article')} (${summary.trash} in the trash), ${count(summary.entities, 'entity', 'entities')}, ${count(summary.sources, 'source')} and ${count(summary.media, 'media file')} into ${root}\n`
    )
  }
  return 0
}
