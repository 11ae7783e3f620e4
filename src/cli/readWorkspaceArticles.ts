import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ulid } from 'ulid'
import { readArticleMarkdown } from '../core/formats/markdown/readArticleMarkdown'
import type { Article } from '../core/model/Article'
import { completeArticle } from '../core/model/completeArticle'
import { CliError } from './CliError'

export interface WorkspaceArticle {
  /** Workspace-relative path: `articles/<slug>.md` or `.trash/articles/<slug>.md`. */
  file: string
  trashed: boolean
  article: Article
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/

async function listMarkdown(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => n.endsWith('.md') && !n.startsWith('.') && SLUG.test(n.slice(0, -3))).sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw new CliError(`cannot read ${dir}: ${(error as Error).message}`)
  }
}

/** True when `dir` is a folder with an `articles/` folder in it (a Copydesk workspace). */
export async function isWorkspaceDir(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory() && (await stat(join(dir, 'articles'))).isDirectory()
  } catch {
    return false
  }
}

/**
 * The articles of a workspace folder as the app reads them: `articles/*.md` (and, with
 * `trash`, `.trash/articles/*.md`), the slug from the file name, front matter and body from
 * the file. A file without an id in its front matter gets a fresh one, as the app would give it.
 */
export async function readWorkspaceArticles(root: string, options: { trash?: boolean } = {}): Promise<WorkspaceArticle[]> {
  if (!(await isWorkspaceDir(root))) throw new CliError(`${root} is not a Copydesk workspace (it has no articles/ folder)`)
  const places: [string, boolean][] = [['articles', false]]
  if (options.trash) places.push(['.trash/articles', true])
  const out: WorkspaceArticle[] = []
  const now = new Date().toISOString()
  for (const [folder, trashed] of places) {
    for (const name of await listMarkdown(join(root, folder))) {
      const file = `${folder}/${name}`
      let text: string
      try {
        text = await readFile(join(root, folder, name), 'utf8')
      } catch (error) {
        throw new CliError(`cannot read ${file}: ${(error as Error).message}`)
      }
      let parsed
      try {
        parsed = readArticleMarkdown(text)
      } catch (error) {
        throw new CliError(`${file}: ${error instanceof Error ? error.message : String(error)}`)
      }
      // The file name is the slug (the front matter has none), as in the app.
      const article = completeArticle(parsed, { id: ulid(), slug: name.slice(0, -3), now })
      out.push({ file, trashed, article })
    }
  }
  return out
}
