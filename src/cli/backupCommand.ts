import { lstat } from 'node:fs/promises'
import { writeBackup } from '../core/formats/backup/writeBackup'
import { writeNewFile } from '../main/services/export/writeNewFile'
import { atomicWriteFile } from '../main/services/fs/atomicWriteFile'
import { CliError } from './CliError'
import type { CliIO } from './CliIO'
import { parseCommandArgs } from './parseCommandArgs'
import { readWorkspaceArticles } from './readWorkspaceArticles'
import { readWorkspaceEntities } from './readWorkspaceEntities'
import { readWorkspaceMedia } from './readWorkspaceMedia'
import { readWorkspaceSources } from './readWorkspaceSources'

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

/**
 * `copydesk backup <workspace> --out <file.json> [--force] [--no-media] [--json]`: the whole
 * workspace — every article (front matter and body, the trash included), entity, source and
 * the photos in media/ (base64, up to 50 MB each and 256 MB in all; --no-media leaves them
 * out) — in one JSON file that `copydesk restore` turns back into the same workspace. An
 * existing file is not replaced without --force.
 */
export async function backupCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    workspace: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    'no-media': { type: 'boolean' }
  })
  const root = positionals[0] ?? (values.workspace as string | undefined)
  if (positionals.length > 1 || !root) throw new CliError('backup needs one workspace folder: copydesk backup <workspace> --out <file.json>', 2)
  const out = values.out as string | undefined
  if (!out) throw new CliError('backup needs --out <file.json>', 2)

  const articles = await readWorkspaceArticles(root, { trash: true })
  const entities = await readWorkspaceEntities(root)
  const sources = await readWorkspaceSources(root)
  const media = values['no-media'] === true ? [] : await readWorkspaceMedia(root)
  const text = writeBackup({
    articles: articles.filter((a) => !a.trashed).map((a) => a.article),
    trash: articles.filter((a) => a.trashed).map((a) => a.article),
    entities,
    sources,
    media
  })

  let taken = false
  try {
    await lstat(out)
    taken = true
  } catch {
    // Free: the usual case.
  }
  if (taken && values.force !== true) throw new CliError(`${out} already exists; pass --force to overwrite it`)
  try {
    if (taken) await atomicWriteFile(out, text)
    else if (!(await writeNewFile(out, text))) throw new CliError(`${out} appeared while backing up; pass --force to overwrite it`)
  } catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError(`cannot write ${out}: ${(error as Error).message}`)
  }

  const live = articles.filter((a) => !a.trashed).length
  const summary = {
    out,
    articles: live,
    trash: articles.length - live,
    entities: entities.length,
    sources: sources.length,
    media: media.length,
    bytes: Buffer.byteLength(text)
  }
  if (values.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`)
  else {
    io.stdout(
      `Backed up ${count(live, 'article')} (${summary.trash} in the trash), ${count(entities.length, 'entity', 'entities')}, ${count(sources.length, 'source')} and ${count(media.length, 'media file')} → ${out}\n`
    )
  }
  return 0
}
