import { lstat, stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { ulid } from 'ulid'
import type { Finding } from '../core/checks/Finding'
import { blocksExport, runChecks } from '../core/checks/runChecks'
import { exportArticle } from '../core/formats/export/exportArticle'
import type { ExportContext } from '../core/formats/export/ExportContext'
import { EXPORT_FORMATS, type ExportFormat } from '../core/formats/export/ExportFormat'
import { isExportFormat } from '../core/formats/export/isExportFormat'
import { ImportError } from '../core/formats/ImportError'
import type { Article } from '../core/model/Article'
import { completeArticle } from '../core/model/completeArticle'
import { slugify } from '../core/model/slugify'
import { buildRegistryIndex } from '../core/suggest/buildRegistryIndex'
import { exportPath } from '../main/services/export/exportFiles'
import { writeNewFile } from '../main/services/export/writeNewFile'
import { importFile } from '../main/services/files/importFile'
import { atomicWriteFile } from '../main/services/fs/atomicWriteFile'
import { CliError } from './CliError'
import type { CliIO } from './CliIO'
import { parseCommandArgs } from './parseCommandArgs'
import { readInputFile } from './readInputFile'
import { isWorkspaceDir, readWorkspaceArticles } from './readWorkspaceArticles'
import { readWorkspaceEntities } from './readWorkspaceEntities'
import { readWorkspaceSources } from './readWorkspaceSources'

/** Suffixes of exported files, so `x.nitf.xml` read back is named `x`, not `x-nitf`. */
const EXPORT_SUFFIX = /\.(?:nitf\.xml|ninjs3?\.json|quotes\.csv|entities\.csv)$/i

interface Input {
  /** The file or workspace folder the article came from, as given. */
  from: string
  article: Article
}

function parseFormats(raw: string | undefined): ExportFormat[] {
  if (!raw) throw new CliError(`export needs --format (${EXPORT_FORMATS.join(', ')}; several with commas)`, 2)
  const formats: ExportFormat[] = []
  for (const name of raw.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean)) {
    if (!isExportFormat(name)) throw new CliError(`unknown format ${JSON.stringify(name)} (use ${EXPORT_FORMATS.join(', ')})`, 2)
    if (!formats.includes(name)) formats.push(name)
  }
  if (!formats.length) throw new CliError(`export needs --format (${EXPORT_FORMATS.join(', ')})`, 2)
  return formats
}

/** An article file read for export: any format `import` reads, named after the file. */
async function readArticleFile(file: string): Promise<Article> {
  const bytes = await readInputFile(file)
  let parsed
  try {
    parsed = await importFile(basename(file), bytes)
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(`${file}: ${error.message}`)
    throw error
  }
  const stem = basename(file).replace(EXPORT_SUFFIX, '').replace(/\.[^.]*$/, '')
  return completeArticle(parsed, { id: ulid(), slug: slugify(stem), now: new Date().toISOString() })
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path)
    return true
  } catch {
    return false
  }
}

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** `harbour-strike (A quote has no speaker…)`: an article and its first blocking error. */
function blockedLine(input: Input, findings: Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error' && !f.overridden)
  const more = errors.length > 1 ? ` and ${count(errors.length - 1, 'more error')}` : ''
  return `${input.article.slug} (${errors[0]!.message}${more})`
}

/**
 * `copydesk export <file|workspace…> --format F[,F…] --out <dir> [--workspace <dir>]
 * [--allow-errors "<reason>"] [--force] [--json]`: writes each article in each format into
 * `<dir>`, named from its slug (`<slug>.nitf.xml`…). A workspace folder exports all its
 * articles (not the trash) and is also the registry the writers resolve names and ids in,
 * unless --workspace names another. Articles whose preflight checks have errors are refused
 * unless --allow-errors gives a reason; an existing file is never replaced without --force.
 * Everything is checked before the first file is written, so a refused run writes nothing.
 */
export async function exportCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    workspace: { type: 'string' },
    format: { type: 'string', multiple: true },
    out: { type: 'string' },
    'allow-errors': { type: 'string' },
    force: { type: 'boolean' }
  })
  if (positionals.length === 0) throw new CliError('export needs a file or a workspace folder: copydesk export <file|workspace> --format nitf --out <dir>', 2)
  const formats = parseFormats((values.format as unknown as string[] | undefined)?.join(','))
  const out = values.out as string | undefined
  if (!out) throw new CliError('export needs --out <dir> for the exported files', 2)
  const allowRaw = values['allow-errors'] as string | undefined
  const allowErrors = allowRaw?.trim()
  if (allowRaw !== undefined && !allowErrors) throw new CliError('--allow-errors needs a reason: --allow-errors "<why it can go out anyway>"', 2)
  if ((await exists(out)) && !(await isDirectory(out))) throw new CliError(`--out ${out} is a file, not a folder`, 2)

  // The registry: --workspace, else the workspace being exported.
  const sourceDirs: string[] = []
  for (const p of positionals) if (await isDirectory(p)) sourceDirs.push(p)
  const workspace = (values.workspace as string | undefined) ?? (sourceDirs.length === 1 ? sourceDirs[0] : undefined)
  const entities = await readWorkspaceEntities(workspace)
  const sources = await readWorkspaceSources(workspace)
  const ctx: ExportContext = { entities: new Map(entities.map((e) => [e.id, e])), sources: new Map(sources.map((s) => [s.id, s])) }

  const inputs: Input[] = []
  for (const p of positionals) {
    if (sourceDirs.includes(p)) {
      if (!(await isWorkspaceDir(p))) throw new CliError(`${p} is a folder but not a Copydesk workspace (it has no articles/ folder)`)
      for (const { article } of await readWorkspaceArticles(p)) inputs.push({ from: p, article })
    } else inputs.push({ from: p, article: await readArticleFile(p) })
  }

  // Preflight: errors stop the export unless a reason is given.
  const registry = buildRegistryIndex(entities.filter((e) => !e.mergedInto))
  const checked = inputs.map((input) => {
    const findings = runChecks(input.article, { registry, sources })
    return { input, findings, blocked: blocksExport(findings) }
  })
  const blocked = checked.filter((c) => c.blocked)
  if (blocked.length && !allowErrors) {
    const list = blocked.map((c) => blockedLine(c.input, c.findings))
    const what = blocked.length === 1 ? `${list[0]} has errors that block export` : `${blocked.length} articles have errors that block export: ${list.join('; ')}`
    throw new CliError(`${what}; fix them (copydesk check) or pass --allow-errors "<reason>" to export anyway`)
  }

  // Every file, named and checked, before anything is written.
  const files: { slug: string; format: ExportFormat; path: string; text: string }[] = []
  const byName = new Map<string, string>()
  for (const { input } of checked) {
    for (const format of formats) {
      const exported = exportArticle(input.article, format, ctx)
      const other = byName.get(exported.fileName)
      if (other !== undefined) {
        throw new CliError(`two articles would both be written as ${exported.fileName} (${other} and ${input.from}); export them to different folders`)
      }
      byName.set(exported.fileName, input.from)
      files.push({ slug: input.article.slug, format, path: exportPath(out, exported.fileName), text: exported.text })
    }
  }
  const force = values.force === true
  if (!force) {
    const taken: string[] = []
    for (const f of files) if (await exists(f.path)) taken.push(f.path)
    if (taken.length === 1) throw new CliError(`${taken[0]} already exists; pass --force to overwrite it`)
    if (taken.length) {
      const shown = taken.slice(0, 3).join(', ') + (taken.length > 3 ? ', …' : '')
      throw new CliError(`${taken.length} files already exist (${shown}); pass --force to overwrite them`)
    }
  }
  for (const f of files) {
    try {
      if (force) await atomicWriteFile(f.path, f.text)
      else if (!(await writeNewFile(f.path, f.text))) throw new CliError(`${f.path} appeared while exporting; nothing was overwritten (pass --force to overwrite it)`)
    } catch (error) {
      if (error instanceof CliError) throw error
      throw new CliError(`cannot write ${f.path}: ${(error as Error).message}`)
    }
  }

  if (values.json) {
    const summary = {
      out: resolve(out),
      formats,
      allowErrors: allowErrors ?? null,
      articles: checked.map(({ input, findings, blocked: isBlocked }) => ({
        slug: input.article.slug,
        id: input.article.id,
        from: input.from,
        errorsAllowed: isBlocked,
        errors: findings.filter((f) => f.severity === 'error' && !f.overridden).map((f) => f.message),
        files: files.filter((f) => f.slug === input.article.slug).map((f) => f.path)
      }))
    }
    io.stdout(`${JSON.stringify(summary, null, 2)}\n`)
  } else {
    for (const f of files) io.stdout(`${f.path}\n`)
    const note = blocked.length ? ` (${count(blocked.length, 'article')} with errors, allowed: “${allowErrors}”)` : ''
    io.stdout(`Exported ${count(inputs.length, 'article')} as ${formats.join(', ')} to ${join(out)}${note}\n`)
  }
  return 0
}
