import { lstat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { atomicWriteFile } from '../fs/atomicWriteFile'
import { errorCode } from '../fs/errorCode'
import { writeNewFile } from './writeNewFile'

/** A plain file name: no folder part, no leading dot, no `..` (the IPC schema checks it too). */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/

/**
 * The path of an export file in its folder, refusing any name that would land elsewhere
 * (a folder part, `..`, a hidden file): exports go only into the folder the user chose.
 */
export function exportPath(folder: string, name: string): string {
  const root = resolve(folder)
  const path = resolve(root, name)
  if (!FILE_NAME.test(name) || name.includes('..') || dirname(path) !== root) throw new Error(`Refused to write “${name}” outside the export folder`)
  return path
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path)
    return true
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false
    throw error
  }
}

/** The names among `names` that already exist in the folder, in the order given. */
export async function existingExportFiles(folder: string, names: readonly string[]): Promise<string[]> {
  const found: string[] = []
  for (const name of names) if (await exists(exportPath(folder, name))) found.push(name)
  return found
}

/**
 * Writes export files into the folder, each atomically (temp file, fsync, rename). Without
 * `overwrite` a file that exists — or appears meanwhile — is left alone and reported in
 * `existing`; with it, the file is replaced. The folder is created if it went missing.
 */
export async function writeExportFiles(
  folder: string,
  files: readonly { name: string; content: string }[],
  overwrite: boolean
): Promise<{ written: string[]; existing: string[] }> {
  const written: string[] = []
  const existing: string[] = []
  for (const { name, content } of files) {
    const path = exportPath(folder, name)
    if (overwrite) {
      await atomicWriteFile(path, content)
      written.push(name)
    } else if (await writeNewFile(path, content)) written.push(name)
    else existing.push(name)
  }
  return { written, existing }
}

/**
 * The folders the user picked in the export dialog during this session. Main writes exports
 * only into one of them, so a renderer cannot name any other place on disk.
 */
export class ExportFolders {
  private readonly chosen = new Set<string>()

  remember(folder: string): string {
    const root = resolve(folder)
    this.chosen.add(root)
    return root
  }

  /** The folder, resolved, if the user chose it; otherwise an error. */
  check(folder: string): string {
    const root = resolve(folder)
    if (!this.chosen.has(root)) throw new Error('Export folders must be chosen in the folder dialog first')
    return root
  }
}

