import { mkdir } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import { fsyncDir } from './fsyncDir'

/** Writes to one path in call order, so the last call's content is what stays on disk. */
const queues = new Map<string, Promise<void>>()

/**
 * Writes a file so that it holds either the old or the new content, never a mix, even
 * across a crash or power cut: write-file-atomic writes a temp file beside it, fsyncs it and
 * renames it over the target; then the directory is fsynced so the rename itself is durable.
 * Parent folders are created (a workspace whose articles/ folder was deleted still saves).
 */
export function atomicWriteFile(absPath: string, content: string | Uint8Array): Promise<void> {
  const key = resolve(absPath)
  const previous = queues.get(key) ?? Promise.resolve()
  const next = previous.catch(() => {}).then(() => write(key, content))
  queues.set(key, next)
  void next.finally(() => {
    if (queues.get(key) === next) queues.delete(key)
  }).catch(() => {})
  return next
}

async function write(absPath: string, content: string | Uint8Array): Promise<void> {
  const dir = dirname(absPath)
  await mkdir(dir, { recursive: true })
  const data = typeof content === 'string' ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength)
  await writeFileAtomic(absPath, data, { fsync: true, encoding: 'utf8' })
  await fsyncDir(dir)
}
