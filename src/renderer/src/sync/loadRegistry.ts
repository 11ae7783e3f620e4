import type { CopydeskApi } from '../../../core/ipc'
import { readEntityYaml } from '../../../core/formats/registry/readEntityYaml'
import { db } from '../db/db'
import { toEntityRow } from '../db/toEntityRow'

/**
 * Reads the workspace's entity files the store does not have (or has in another version) into
 * the entities table, and drops entities whose file is gone. Unreadable files are reported, never guessed at.
 */
export async function loadRegistry(api: CopydeskApi): Promise<{ loaded: number; unreadable: { file: string; error: string }[] }> {
  const { files } = await api.registry.scan()
  const known = new Map((await db.entities.toArray()).map((e) => [`entities/${e.id}.yaml`, e.fileHash]))
  const wanted = files.filter((f) => f.file.startsWith('entities/') && known.get(f.file) !== f.hash)
  const unreadable: { file: string; error: string }[] = []
  // An entity deleted elsewhere (its file moved to .trash/entities/) leaves the registry here too;
  // one never written yet (no hash) is this device's own and stays.
  const onDisk = new Set(files.map((f) => f.file))
  const gone = [...known].filter(([file, hash]) => hash !== null && !onDisk.has(file)).map(([file]) => file.slice('entities/'.length, -'.yaml'.length))
  if (gone.length) await db.entities.bulkDelete(gone)
  if (wanted.length === 0) return { loaded: 0, unreadable }
  const { files: contents } = await api.workspace.read({ files: wanted.map((f) => f.file) })
  const rows = []
  for (const c of contents) {
    try {
      rows.push(toEntityRow(readEntityYaml(c.file.slice('entities/'.length, -'.yaml'.length), c.content), c.hash))
    } catch (error) {
      unreadable.push({ file: c.file, error: error instanceof Error ? error.message : String(error) })
    }
  }
  await db.entities.bulkPut(rows)
  return { loaded: rows.length, unreadable }
}
