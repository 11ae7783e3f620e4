import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readEntityYaml } from '../core/formats/registry/readEntityYaml'
import type { Entity } from '../core/model/Entity'
import { CliError } from './CliError'

/** The entities of `--workspace <dir>` (entities/*.yaml, merged ones included); [] without a workspace. */
export async function readWorkspaceEntities(dir: string | undefined): Promise<Entity[]> {
  if (!dir) return []
  let names: string[]
  try {
    names = (await readdir(join(dir, 'entities'))).filter((n) => n.endsWith('.yaml'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') {
      try {
        await readdir(dir)
        return [] // a workspace without entities yet
      } catch {
        throw new CliError(`no such workspace folder: ${dir}`)
      }
    }
    throw new CliError(`cannot read ${dir}/entities: ${(error as Error).message}`)
  }
  const entities: Entity[] = []
  for (const name of names) {
    try {
      entities.push(readEntityYaml(name.slice(0, -'.yaml'.length), await readFile(join(dir, 'entities', name), 'utf8')))
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error))
    }
  }
  return entities
}
