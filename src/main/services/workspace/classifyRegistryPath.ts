import { posix } from 'node:path'

export interface RegistryPath {
  /** Canonical workspace-relative path with forward slashes. */
  file: string
  /** The entity or source id: the file name without `.yaml`. */
  id: string
  kind: 'entity' | 'source'
}

const DIRS = { entities: 'entity', sources: 'source' } as const

/** Recognises `entities/<id>.yaml` and `sources/<id>.yaml` with a valid id, or returns null. */
export function classifyRegistryPath(relPath: string): RegistryPath | null {
  const file = posix.normalize(relPath.replace(/\\/g, '/'))
  const dir = posix.dirname(file)
  const name = posix.basename(file)
  if (!(dir in DIRS) || !name.endsWith('.yaml')) return null
  const id = name.slice(0, -'.yaml'.length)
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,119}$/.test(id)) return null
  return { file, id, kind: DIRS[dir as keyof typeof DIRS] }
}
