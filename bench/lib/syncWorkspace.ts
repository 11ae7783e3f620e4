/**
 * The sync bench's workspace folder: `count` generated articles of 300–800 words, each written
 * with core writeArticleMarkdown (front matter with its id) to `articles/<slug>.md`, as the app
 * writes them; and the edits another device makes to some of them (a paragraph added).
 */
import { mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeArticleMarkdown } from '../../src/core/formats/markdown/writeArticleMarkdown'
import { countWords } from '../../src/core/model/countWords'
import { mapWithConcurrency } from '../../src/main/services/util/mapWithConcurrency'
import { workspaceLayout } from '../../src/main/services/workspace/workspaceLayout'
import { generateLibrary } from './libraryArticles'
import { createRng } from './prng'
import { generateWireArticle } from './wireText'

export interface SyncWorkspace {
  root: string
  /** Workspace-relative, in generation order. */
  files: string[]
  /** The article id in each file's front matter, by file. */
  ids: Map<string, string>
  totalBytes: number
  totalWords: number
  minWords: number
  maxWords: number
}

export async function writeSyncWorkspace(root: string, count: number, seed: number): Promise<SyncWorkspace> {
  const articles = generateLibrary(seed, count, 3_600_000, (rng) => rng.int(300, 800))
  await mkdir(root, { recursive: true })
  await writeFile(join(root, workspaceLayout.markerFile), JSON.stringify(workspaceLayout.marker, null, 2) + '\n')
  for (const folder of workspaceLayout.folders) await mkdir(join(root, folder), { recursive: true })
  let totalBytes = 0
  let totalWords = 0
  let minWords = Infinity
  let maxWords = 0
  const ids = new Map<string, string>()
  const files = await mapWithConcurrency(articles, 32, async (article) => {
    const file = `${workspaceLayout.articlesDir}/${article.slug}.md`
    const content = writeArticleMarkdown(article)
    const words = countWords(article.body)
    totalBytes += Buffer.byteLength(content)
    totalWords += words
    minWords = Math.min(minWords, words)
    maxWords = Math.max(maxWords, words)
    ids.set(file, article.id)
    await writeFile(join(root, file), content)
    return file
  })
  if (new Set(files).size !== files.length) throw new Error('two generated articles share a file name')
  return { root, files, ids, totalBytes, totalWords, minWords, maxWords }
}

/**
 * Another device's edit: a generated paragraph appended to each file, the file rewritten in
 * place. Each file's mtime is checked to have moved (and pushed forward if the clock did not
 * tick), so a stat pre-filter sees every change.
 */
export async function appendParagraphs(root: string, files: readonly string[], seed: number): Promise<void> {
  const rng = createRng(seed)
  for (const [i, file] of files.entries()) {
    const abs = join(root, file)
    const before = await stat(abs)
    const wire = generateWireArticle(rng, 60, `EXTRA-${seed}-${i}`)
    const paragraph = wire.blocks
      .filter((b) => b.kind === 'paragraph')
      .map((b) => b.segments.map((s) => s.text).join(''))
      .join(' ')
    const text = await readFile(abs, 'utf8')
    await writeFile(abs, `${text.replace(/\n*$/, '')}\n\n${paragraph}\n`)
    const after = await stat(abs)
    if (after.mtimeMs === before.mtimeMs) {
      const later = new Date(before.mtimeMs + 1000)
      await utimes(abs, later, later)
    }
  }
}
