import { mkdir, writeFile } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import { ulid } from 'ulid'
import { ImportError } from '../core/formats/ImportError'
import { importArticle } from '../core/formats/importArticle'
import { writeArticleMarkdown } from '../core/formats/markdown/writeArticleMarkdown'
import { writeEntityYaml } from '../core/formats/registry/writeEntityYaml'
import { completeArticle } from '../core/model/completeArticle'
import { docToLines } from '../core/model/docToLines'
import type { EntityType } from '../core/model/EntityType'
import { slugify } from '../core/model/slugify'
import { applyTextMarks, type TextMark } from '../core/registry/applyTextMarks'
import { EntityResolver } from '../core/registry/resolveSuggestedEntities'
import { buildRegistryIndex } from '../core/suggest/buildRegistryIndex'
import { suggest } from '../core/suggest/suggest'
import { parseSanitizedHtml } from '../main/services/html/parseSanitizedHtml'
import { CliError } from './CliError'
import type { CliIO } from './CliIO'
import { parseCommandArgs } from './parseCommandArgs'
import { readInputFile } from './readInputFile'
import { readWorkspaceEntities } from './readWorkspaceEntities'

const TAG_TYPES = new Set<string>(['person', 'organization', 'place', 'event', 'work', 'other'])
const DEFAULT_MIN_CONFIDENCE = 0.6

/**
 * `copydesk tag <file> --out <file.md> [--workspace <dir>] [--min-confidence X] [--json]`:
 * auto-tagging for wire pipelines. Applies the entity and quote suggestions at or above the
 * threshold, adds the entities it had to create to the workspace registry (entities/<id>.yaml,
 * never over an existing file), and writes the tagged article in the workspace Markdown format.
 */
export async function tagCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    out: { type: 'string' },
    workspace: { type: 'string' },
    'min-confidence': { type: 'string' }
  })
  if (positionals.length !== 1) throw new CliError('tag needs one file: copydesk tag <file> --out <file.md>', 2)
  const out = values.out as string | undefined
  if (!out) throw new CliError('tag needs --out <file.md> for the tagged article', 2)
  if (extname(out).toLowerCase() !== '.md') throw new CliError('--out must name a .md file (the workspace Markdown format)', 2)
  const minRaw = values['min-confidence'] as string | undefined
  const minConfidence = minRaw === undefined ? DEFAULT_MIN_CONFIDENCE : Number(minRaw)
  if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1) {
    throw new CliError('--min-confidence takes a number from 0 to 1', 2)
  }
  const workspace = values.workspace as string | undefined
  const file = positionals[0]!

  let parsed
  try {
    parsed = importArticle(basename(file), await readInputFile(file), { parseSanitizedHtml, newId: ulid })
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(`${file}: ${error.message}`)
    throw error
  }
  const entities = await readWorkspaceEntities(workspace)
  const registry = buildRegistryIndex(entities.filter((e) => !e.mergedInto))
  const text = docToLines(parsed.body)
  const result = suggest(text, registry)
  const resolver = new EntityResolver(entities)

  const marks: TextMark[] = []
  // Full names first, so a later surname resolves to the person already named in full.
  const entitySuggestions = result.entities
    .filter((s) => s.confidence >= minConfidence && TAG_TYPES.has(s.type))
    .sort((a, b) => b.text.split(/\s+/).length - a.text.split(/\s+/).length || a.start - b.start)
  const tagged: { text: string; type: string; entityId: string }[] = []
  for (const s of entitySuggestions) {
    const entityId = resolver.resolve(s.text, s.type as EntityType, s.entityId)
    marks.push({ start: s.start, end: s.end, mark: { type: 'entity', attrs: { entityId, type: s.type } } })
    tagged.push({ text: s.text, type: s.type, entityId })
  }
  const quoteIds = new Map<number, string>()
  let quotes = 0
  for (const q of result.quotes) {
    if (q.confidence < minConfidence) continue
    let quoteId = q.group === undefined ? undefined : quoteIds.get(q.group)
    if (!quoteId) {
      quoteId = ulid()
      quotes++
      if (q.group !== undefined) quoteIds.set(q.group, quoteId)
    }
    const speakerId = q.speaker ? resolver.resolve(q.speaker.name, 'person', q.speaker.entityId) : null
    marks.push({ start: q.start, end: q.end, mark: { type: 'quote', attrs: { quoteId, speakerId, sourceId: null, kind: q.kind, verified: false } } })
  }

  const slug = slugify(basename(out, extname(out))) || 'article'
  const article = completeArticle({ ...parsed, body: applyTextMarks(parsed.body, marks) }, { id: ulid(), slug, now: new Date().toISOString() })
  const written: string[] = []
  if (workspace) {
    await mkdir(join(workspace, 'entities'), { recursive: true })
    for (const entity of resolver.created) {
      const path = join(workspace, 'entities', `${entity.id}.yaml`)
      try {
        await writeFile(path, writeEntityYaml(entity), { flag: 'wx' }) // never over another tool's file
        written.push(path)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new CliError(`cannot write ${path}: ${(error as Error).message}`)
        throw new CliError(`${path} appeared while tagging; run again to pick it up`)
      }
    }
  }
  try {
    await mkdir(dirname(out), { recursive: true })
    await writeFileAtomic(out, writeArticleMarkdown(article))
  } catch (error) {
    throw new CliError(`cannot write ${out}: ${(error as Error).message}`)
  }

  const summary = {
    out,
    entities: tagged.length,
    quotes,
    created: resolver.created.map((e) => ({ id: e.id, type: e.type, name: e.name })),
    registryFilesWritten: written.length,
    minConfidence
  }
  if (values.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`)
  else {
    io.stdout(`Tagged ${tagged.length} mention${tagged.length === 1 ? '' : 's'} and ${quotes} quote${quotes === 1 ? '' : 's'} → ${out}\n`)
    if (resolver.created.length) {
      io.stdout(
        `${workspace ? 'Added to the registry' : 'New entities (not saved: no --workspace)'}: ${resolver.created.map((e) => `${e.name} (${e.type})`).join(', ')}\n`
      )
    }
  }
  return 0
}
