import { readFile, stat } from 'node:fs/promises'
import { CliError } from './CliError'

const MAX_BYTES = 50 * 1024 * 1024

/** Reads a file named on the command line, turning file-system failures into one-line CLI errors. */
export async function readInputFile(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new CliError(`${path} is a directory, not a file`)
    if (info.size > MAX_BYTES) throw new CliError(`${path}: The file is larger than 50 MB`)
    const buffer = await readFile(path)
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  } catch (error) {
    if (error instanceof CliError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new CliError(`no such file: ${path}`)
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`cannot read ${path}: permission denied`)
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`)
  }
}
