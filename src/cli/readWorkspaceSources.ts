import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readSourceYaml } from '../core/formats/registry/readSourceYaml'
import type { Source } from '../core/model/Source'
import { CliError } from './CliError'

/**
 * The sources of `--workspace <dir>` (sources/*.yaml); [] without a workspace or before the
 * first source. A file that cannot be read is an error naming it, as for entities.
 */
export async function readWorkspaceSources(dir: string | undefined): Promise<Source[]> {
  if (!dir) return []
  let names: string[]
  try {
    names = (await readdir(join(dir, 'sources'))).filter((n) => n.endsWith('.yaml'))
  } catch {
    return [] // no sources yet (a missing workspace is reported by loadWorkspaceRegistry)
  }
  const sources: Source[] = []
  for (const name of names.sort()) {
    try {
      sources.push(readSourceYaml(name.slice(0, -'.yaml'.length), await readFile(join(dir, 'sources', name), 'utf8')))
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error))
    }
  }
  return sources
}
