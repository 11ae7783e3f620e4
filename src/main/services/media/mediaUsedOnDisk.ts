import { readdir, readFile } from 'node:fs/promises'
import { readFrontMatter } from '../../../core/formats/markdown/readFrontMatter'
import { splitFrontMatter } from '../../../core/formats/markdown/splitFrontMatter'
import { mediaFileOf } from '../../../core/model/mediaFileOf'
import { errorCode } from '../fs/errorCode'
import { resolveInWorkspace } from '../fs/resolveInWorkspace'
import { classifyArticlePath } from '../workspace/classifyArticlePath'
import { workspaceLayout } from '../workspace/workspaceLayout'

/** `media/<name>` paths a file's text mentions, for a file whose front matter cannot be read. */
function mentionedMedia(text: string): string[] {
  return [...text.matchAll(/media[\\/]([^\s"'\\/]+)/g)].flatMap((m) => mediaFileOf(`media/${m[1]}`) ?? [])
}

/**
 * Which media files the article files on disk use, and the first article (live or in the
 * trash, which restores) using each: `media/x.jpg` → `articles/story.md`. An article whose
 * front matter does not parse counts every `media/…` path in its text, so a damaged file
 * never lets its photo be cleaned up.
 */
export async function mediaUsedOnDisk(root: string): Promise<Map<string, string>> {
  const used = new Map<string, string>()
  for (const dir of [workspaceLayout.articlesDir, workspaceLayout.trashArticlesDir]) {
    const abs = await resolveInWorkspace(root, dir)
    let names: string[]
    try {
      names = (await readdir(abs, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name)
    } catch (err) {
      if (errorCode(err) === 'ENOENT') continue
      throw err
    }
    for (const name of names.sort()) {
      const article = classifyArticlePath(`${dir}/${name}`)
      if (!article) continue
      let text: string
      try {
        text = await readFile(await resolveInWorkspace(root, article.file), 'utf8')
      } catch (err) {
        if (errorCode(err) === 'ENOENT') continue
        throw err
      }
      let files: string[]
      try {
        const { yaml } = splitFrontMatter(text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'))
        files = yaml === null ? [] : readFrontMatter(yaml).photos.flatMap((p) => mediaFileOf(p.file) ?? [])
      } catch {
        files = mentionedMedia(text)
      }
      for (const file of files) if (!used.has(file)) used.set(file, article.file)
    }
  }
  return used
}
