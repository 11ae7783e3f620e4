import { posix } from 'node:path'
import { workspaceLayout } from './workspaceLayout'

export interface ArticlePath {
  /** Canonical workspace-relative path with forward slashes. */
  file: string
  /** File name, e.g. `kremlin-iran.md`. */
  name: string
  trashed: boolean
}

/**
 * Recognises `articles/<name>.md` and `.trash/articles/<name>.md` (backslashes and `./`
 * accepted), or returns null. Dot-files are not articles: editors and sync tools leave
 * `.#x.md`, `._x.md` and similar beside real files.
 */
export function classifyArticlePath(relPath: string): ArticlePath | null {
  const file = posix.normalize(relPath.replace(/\\/g, '/'))
  const name = posix.basename(file)
  if (!name.endsWith('.md') || name.length <= 3 || name.startsWith('.')) return null
  const dir = posix.dirname(file)
  if (dir === workspaceLayout.articlesDir) return { file, name, trashed: false }
  if (dir === workspaceLayout.trashArticlesDir) return { file, name, trashed: true }
  return null
}
