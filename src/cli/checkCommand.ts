import { readdir, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { parse } from 'yaml'
import type { CheckContext } from '../core/checks/CheckContext'
import type { Finding } from '../core/checks/Finding'
import { blocksExport, runChecks } from '../core/checks/runChecks'
import { ImportError } from '../core/formats/ImportError'
import { importArticle } from '../core/formats/importArticle'
import { isTagId } from '../core/model/isTagId'
import { SOURCE_TYPES, type Source, type SourceType } from '../core/model/Source'
import { parseSanitizedHtml } from '../main/services/html/parseSanitizedHtml'
import { CliError } from './CliError'
import type { CliIO } from './CliIO'
import { loadWorkspaceRegistry } from './loadWorkspaceRegistry'
import { parseCommandArgs } from './parseCommandArgs'
import { readInputFile } from './readInputFile'

/**
 * The sources of `--workspace <dir>` (sources/*.yaml): id from the file name, name and type.
 * Only what the checks need is read; a file without a name is skipped, not fatal.
 */
async function loadWorkspaceSources(dir: string | undefined): Promise<Source[]> {
  if (!dir) return []
  let names: string[]
  try {
    names = (await readdir(join(dir, 'sources'))).filter((n) => n.endsWith('.yaml'))
  } catch {
    return [] // no sources yet (a missing workspace is reported by loadWorkspaceRegistry)
  }
  const sources: Source[] = []
  for (const name of names) {
    const id = name.slice(0, -'.yaml'.length)
    if (!isTagId(id)) continue
    let data: unknown
    try {
      data = parse(await readFile(join(dir, 'sources', name), 'utf8'))
    } catch (error) {
      throw new CliError(`sources/${name}: not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`)
    }
    const d = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>
    if (typeof d.name !== 'string' || !d.name.trim()) continue
    const type: SourceType = (SOURCE_TYPES as readonly string[]).includes(d.type as string) ? (d.type as SourceType) : 'website'
    sources.push({ id, type, name: d.name.trim() })
  }
  return sources
}

/** Where a finding points, for the text output: `headline`, `¶5`, `photo 1`. */
function place(f: Finding): string {
  const t = f.target
  if (!t) return ''
  if (t.kind === 'body') return `¶${t.blockIndex + 1}`
  if (t.kind === 'field') return t.field
  if (t.kind === 'photo') return `photo ${t.index + 1}`
  return `source ${t.id}`
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/**
 * `copydesk check <file> [--json] [--workspace <dir>]`: the preflight findings of an article
 * file (any format `import` reads; a workspace .md keeps its photos, sources, tags and
 * overrides). Exits 1 when an error is not overridden — what would stop an export — else 0.
 * With --json, stdout is one object: `{file, blocksExport, counts, findings}`.
 */
export async function checkCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    workspace: { type: 'string' }
  })
  if (positionals.length !== 1) throw new CliError('check needs one file (copydesk check <file>)', 2)
  const file = positionals[0]!
  const workspace = values.workspace as string | undefined
  const registry = await loadWorkspaceRegistry(workspace)
  const sources = await loadWorkspaceSources(workspace)
  const bytes = await readInputFile(file)
  let findings: Finding[]
  try {
    const article = importArticle(basename(file), bytes, { parseSanitizedHtml })
    const ctx: CheckContext = workspace ? { registry, sources } : {}
    findings = runChecks(article, ctx)
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(`${file}: ${error.message}`)
    throw error
  }
  const blocked = blocksExport(findings)
  const counts = { error: 0, warning: 0, info: 0, overridden: 0 }
  for (const f of findings) {
    if (f.overridden) counts.overridden++
    else counts[f.severity]++
  }
  if (values.json) {
    io.stdout(`${JSON.stringify({ file, blocksExport: blocked, counts, findings }, null, 2)}\n`)
  } else {
    for (const f of findings) {
      const severity = f.overridden ? `${f.severity} (overridden: ${f.overridden.reason})` : f.severity
      io.stdout(`${severity.padEnd(8)} ${place(f).padEnd(10)} ${f.message}\n`)
    }
    const summary = [count(counts.error, 'error'), count(counts.warning, 'warning')]
    if (counts.overridden) summary.push(`${counts.overridden} overridden`)
    io.stdout(`${file}: ${summary.join(', ')}${blocked ? ' — export blocked' : ''}\n`)
  }
  return blocked ? 1 : 0
}
