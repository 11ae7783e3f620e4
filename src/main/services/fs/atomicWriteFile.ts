import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import { fsyncDir } from './fsyncDir'

/**
 * Writes a file so that it holds either the old or the new content, never a mix, even
 * across a crash or power cut: write-file-atomic writes a temp file beside it, fsyncs it and
 * renames it over the target; then the directory is fsynced so the rename itself is durable.
 * Parent folders are created (a workspace whose articles/ folder was deleted still saves).
 */
export async function atomicWriteFile(absPath: string, content: string | Uint8Array): Promise<void> {
  const dir = dirname(absPath)
  await mkdir(dir, { recursive: true })
  const data = typeof content === 'string' ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength)
  await writeFileAtomic(absPath, data, { fsync: true, encoding: 'utf8' })
  await fsyncDir(dir)
}
