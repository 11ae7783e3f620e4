import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, join, relative, sep } from 'node:path'
import { ulid } from 'ulid'
import { writeArticleMarkdown } from '../../../core/formats/markdown/writeArticleMarkdown'
import type { Article } from '../../../core/model/Article'
import { slugify } from '../../../core/model/slugify'
import { IMPORT_EXTENSIONS, importFile } from '../files/importFile'
import { writeMediaNoClobber } from '../media/writeMediaNoClobber'
import { workspaceLayout } from './workspaceLayout'

/** Folders never looked into: the workspace's own, hidden ones, and tool folders. */
const SKIP_DIRS = new Set([workspaceLayout.articlesDir, 'media', 'entities', 'sources', 'exports', 'node_modules'])
const MAX_DEPTH = 4
const MAX_FILES = 20_000
/** Larger files are reported, not read (the same limit the sync applies). */
const MAX_BYTES = 8 * 1024 * 1024
const EXTENSIONS = new Set(IMPORT_EXTENSIONS.map((e) => `.${e}`))

/** Article files in a folder about to become a workspace (workspace-relative, sorted). */
export async function findArticleFiles(root: string): Promise<string[]> {
  const found: string[] = []
  const walk = async (dir: string, depth: number): Promise<void> => {
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch {
      return // unreadable subfolder: nothing to import from it
    }
    for (const e of entries) {
      if (found.length >= MAX_FILES) return
      if (e.name.startsWith('.')) continue
      const abs = join(dir, e.name)
      if (e.isDirectory()) {
        if (depth < MAX_DEPTH && !(depth === 0 && SKIP_DIRS.has(e.name)) && e.name !== 'node_modules') await walk(abs, depth + 1)
      } else if (e.isFile() && EXTENSIONS.has(extname(e.name).toLowerCase()) && e.name !== workspaceLayout.markerFile) {
        found.push(relative(root, abs).split(sep).join('/'))
      }
    }
  }
  await walk(root, 0)
  return found.sort()
}

export interface FolderImportResult {
  imported: number
  failed: { file: string; error: string }[]
}

/**
 * Imports the article files of a folder that was just made a workspace: each file is read by
 * the app's importers and written as workspace Markdown into `articles/` (a free name, never
 * over a file); the originals are left where they are. One bad file is reported and skipped.
 */
export async function importFolderArticles(
  root: string,
  files: readonly string[],
  onProgress?: (done: number, total: number) => void
): Promise<FolderImportResult> {
  const result: FolderImportResult = { imported: 0, failed: [] }
  const now = new Date().toISOString()
  for (const [i, file] of files.entries()) {
    try {
      const abs = join(root, file)
      const { size } = await stat(abs)
      if (size > MAX_BYTES) throw new Error(`larger than ${MAX_BYTES / 1024 / 1024} MB`)
      const parsed = await importFile(file.replace(/^.*\//, ''), new Uint8Array(await readFile(abs)))
      const stem = slugify(parsed.headline || file.replace(/^.*\//, '').replace(/\.[^.]+$/, '')) || 'untitled'
      const article: Article = {
        ...parsed,
        id: parsed.id ?? ulid(),
        slug: stem,
        status: parsed.status ?? 'draft',
        createdAt: parsed.createdAt ?? now,
        updatedAt: parsed.updatedAt ?? now
      }
      await writeMediaNoClobber(join(root, workspaceLayout.articlesDir), stem, 'md', new TextEncoder().encode(writeArticleMarkdown(article)))
      result.imported++
    } catch (error) {
      result.failed.push({ file, error: error instanceof Error ? error.message : String(error) })
    }
    onProgress?.(i + 1, files.length)
  }
  return result
}
