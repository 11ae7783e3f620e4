import type { CopydeskApi } from '../../../core/ipc'
import { readSourceYaml } from '../../../core/formats/registry/readSourceYaml'
import type { SourceRow } from '../db/CopydeskDB'
import { db } from '../db/db'
import { toSourceRow } from '../db/toSourceRow'

const PREFIX = 'sources/'

/**
 * Reads the workspace's source files the store does not have (or has in another version) into
 * the sources table, and drops rows whose file is gone. Unreadable files are reported, never
 * guessed at.
 */
export async function loadSources(api: CopydeskApi): Promise<{ loaded: number; unreadable: { file: string; error: string }[] }> {
  const { files } = await api.registry.scan()
  const onDisk = files.filter((f) => f.file.startsWith(PREFIX))
  const known = new Map((await db.sources.toArray()).map((s) => [`${PREFIX}${s.id}.yaml`, s.fileHash]))
  const wanted = onDisk.filter((f) => known.get(f.file) !== f.hash)
  const gone = [...known.keys()].filter((file) => known.get(file) !== null && !onDisk.some((f) => f.file === file))
  const unreadable: { file: string; error: string }[] = []
  const rows: SourceRow[] = []
  if (wanted.length) {
    const { files: contents } = await api.workspace.read({ files: wanted.map((f) => f.file) })
    for (const c of contents) {
      try {
        rows.push(toSourceRow(readSourceYaml(c.file.slice(PREFIX.length, -'.yaml'.length), c.content), c.hash))
      } catch (error) {
        unreadable.push({ file: c.file, error: error instanceof Error ? error.message : String(error) })
      }
    }
  }
  await db.transaction('rw', db.sources, async () => {
    await db.sources.bulkPut(rows)
    await db.sources.bulkDelete(gone.map((file) => file.slice(PREFIX.length, -'.yaml'.length)))
  })
  return { loaded: rows.length, unreadable }
}
