import { exportArticle } from '../../../../core/formats/export/exportArticle'
import type { ExportContext } from '../../../../core/formats/export/ExportContext'
import type { ExportFormat } from '../../../../core/formats/export/ExportFormat'
import type { CopydeskApi } from '../../../../core/ipc'
import { db } from '../../db/db'
import { loadArticle } from '../../db/loadArticle'
import { updateArticleMeta } from '../../db/updateArticleMeta'
import type { BlockedArticle } from './preflight'

export interface ExportFile {
  name: string
  content: string
}

/** How many files go to main in one call: progress moves, and no message grows without bound. */
const BATCH = 40

/**
 * Records the desk's reason on each blocking finding of these articles (as the Checks tab's
 * override does), so the article says why it went out with errors.
 */
export async function overrideBlocked(blocked: readonly BlockedArticle[], reason: string): Promise<void> {
  const at = new Date().toISOString()
  for (const b of blocked) {
    const row = await db.articles.get(b.id)
    if (!row) continue
    const keys = new Set(b.errors.map((f) => f.key ?? f.id))
    const kept = (row.checkOverrides ?? []).filter((o) => !keys.has(o.key))
    await updateArticleMeta(b.id, { checkOverrides: [...kept, ...[...keys].map((key) => ({ key, reason, at }))] })
  }
}

/**
 * Runs the writers (pure core, here in the renderer) over the articles in every format:
 * file names from the slugs. Two articles that would share a name are an error, before
 * anything is written. Returns null when cancelled.
 */
export async function prepareFiles(
  ids: readonly string[],
  formats: readonly ExportFormat[],
  ctx: ExportContext,
  onProgress: (done: number) => void,
  cancelled: () => boolean
): Promise<ExportFile[] | null> {
  const files: ExportFile[] = []
  const owner = new Map<string, string>()
  for (let i = 0; i < ids.length; i++) {
    if (cancelled()) return null
    const loaded = await loadArticle(ids[i]!)
    if (loaded) {
      for (const format of formats) {
        const file = exportArticle(loaded.article, format, ctx)
        const other = owner.get(file.fileName)
        if (other !== undefined) throw new Error(`Two articles would both be saved as ${file.fileName} (“${other}” and “${loaded.article.headline || loaded.article.slug}”).`)
        owner.set(file.fileName, loaded.article.headline || loaded.article.slug)
        files.push({ name: file.fileName, content: file.text })
      }
    }
    onProgress(i + 1)
    // Let the progress bar paint between articles.
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return files
}

/**
 * Hands the files to main in batches; main writes each atomically, and with `overwrite`
 * false leaves any file that exists. Returns what was written and what was left, or null
 * when cancelled between batches (the batches already written stay).
 */
export async function writeFiles(
  api: CopydeskApi,
  folder: string,
  files: readonly ExportFile[],
  overwrite: boolean,
  onProgress: (done: number) => void,
  cancelled: () => boolean
): Promise<{ written: string[]; existing: string[]; cancelled: boolean }> {
  const written: string[] = []
  const existing: string[] = []
  for (let i = 0; i < files.length; i += BATCH) {
    if (cancelled()) return { written, existing, cancelled: true }
    const result = await api.export.write({ folder, files: files.slice(i, i + BATCH), overwrite })
    written.push(...result.written)
    existing.push(...result.existing)
    onProgress(Math.min(files.length, i + BATCH))
  }
  return { written, existing, cancelled: false }
}
