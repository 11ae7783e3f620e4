import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readEntityYaml } from '../core/formats/registry/readEntityYaml'
import { buildRegistryIndex } from '../core/suggest/buildRegistryIndex'
import type { RegistryIndex } from '../core/suggest/RegistryIndex'
import { CliError } from './CliError'

/** The entity registry of `--workspace <dir>` (entities/*.yaml), ready for the suggester. */
export async function loadWorkspaceRegistry(dir: string | undefined): Promise<RegistryIndex> {
  if (!dir) return buildRegistryIndex([])
  let names: string[]
  try {
    names = (await readdir(join(dir, 'entities'))).filter((n) => n.endsWith('.yaml'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') {
      try {
        await readdir(dir)
        return buildRegistryIndex([]) // a workspace without entities yet
      } catch {
        throw new CliError(`no such workspace folder: ${dir}`)
      }
    }
    throw new CliError(`cannot read ${dir}/entities: ${(error as Error).message}`)
  }
  const entities = []
  for (const name of names) {
    try {
      const entity = readEntityYaml(name.slice(0, -'.yaml'.length), await readFile(join(dir, 'entities', name), 'utf8'))
      if (!entity.mergedInto) entities.push(entity)
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error))
    }
  }
  return buildRegistryIndex(entities)
}
