import { writeArticleMarkdown } from '../markdown/writeArticleMarkdown'
import { writeEntityYaml } from '../registry/writeEntityYaml'
import { writeSourceYaml } from '../registry/writeSourceYaml'
import type { Backup } from './Backup'

/**
 * The workspace files a backup restores to, workspace-relative with forward slashes:
 * `articles/<slug>.md`, `.trash/articles/<slug>.md`, `entities/<id>.yaml`, `sources/<id>.yaml`,
 * written exactly as the app writes them. readBackup has checked the slugs and ids are safe.
 */
export function backupFiles(backup: Backup): { file: string; content: string }[] {
  return [
    ...backup.articles.map((a) => ({ file: `articles/${a.slug}.md`, content: writeArticleMarkdown(a) })),
    ...backup.trash.map((a) => ({ file: `.trash/articles/${a.slug}.md`, content: writeArticleMarkdown(a) })),
    ...backup.entities.map((e) => ({ file: `entities/${e.id}.yaml`, content: writeEntityYaml(e) })),
    ...backup.sources.map((s) => ({ file: `sources/${s.id}.yaml`, content: writeSourceYaml(s) }))
  ]
}
