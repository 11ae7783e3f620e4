import { basename } from 'node:path'
import type { CheckContext } from '../core/checks/CheckContext'
import type { Finding } from '../core/checks/Finding'
import { blocksExport, runChecks } from '../core/checks/runChecks'
import { ImportError } from '../core/formats/ImportError'
import { importArticle } from '../core/formats/importArticle'
import { parseSanitizedHtml } from '../main/services/html/parseSanitizedHtml'
import { CliError } from './CliError'
import type { CliIO } from './CliIO'
import { loadWorkspaceRegistry } from './loadWorkspaceRegistry'
import { parseCommandArgs } from './parseCommandArgs'
import { readInputFile } from './readInputFile'
import { readWorkspaceSources } from './readWorkspaceSources'

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
  const sources = await readWorkspaceSources(workspace)
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
