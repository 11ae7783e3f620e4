/**
 * A default workspace (`<documents>/Copydesk`) holding a 10,000-article library, written with
 * core writeArticleMarkdown exactly as the app writes files. Two of the articles are the long
 * reads the editor benches open: they come from generated wire copy through importArticle (as
 * if a user had opened the .txt), and are the newest, so they top the library list.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { importArticle } from '../../src/core/formats/importArticle'
import { readArticleMarkdown } from '../../src/core/formats/markdown/readArticleMarkdown'
import { writeArticleMarkdown } from '../../src/core/formats/markdown/writeArticleMarkdown'
import type { Article } from '../../src/core/model/Article'
import { countWords } from '../../src/core/model/countWords'
import { slugify } from '../../src/core/model/slugify'
import { parseSanitizedHtml } from '../../src/main/services/html/parseSanitizedHtml'
import { mapWithConcurrency } from '../../src/main/services/util/mapWithConcurrency'
import { workspaceLayout } from '../../src/main/services/workspace/workspaceLayout'
import { generateLibrary, LIBRARY_NOW_MS } from './libraryArticles'
import { createRng, seededUlid } from './prng'
import { generateWireArticle, wireArticleText } from './wireText'

export interface LongRead {
  headline: string
  /** Workspace-relative file. */
  file: string
  /** Text the last paragraph ends with (before any edit). */
  endMarker: string
  words: number
}

export interface LibraryWorkspace {
  root: string
  files: string[]
  totalBytes: number
  totalWords: number
  long10k: LongRead
  long1k: LongRead
}

function longRead(seed: number, words: number, ref: string, updatedMs: number): { article: Article; read: LongRead } {
  const rng = createRng(seed)
  const wire = generateWireArticle(rng, words, ref)
  const parsed = importArticle(`${ref}.txt`, new TextEncoder().encode(wireArticleText(wire)), { parseSanitizedHtml })
  const headline = `${parsed.headline} (${ref})`
  const slug = slugify(headline)
  const article: Article = {
    ...parsed,
    headline,
    id: seededUlid(rng, updatedMs - 7_200_000),
    slug,
    status: 'edited',
    createdAt: new Date(updatedMs - 7_200_000).toISOString(),
    updatedAt: new Date(updatedMs).toISOString()
  }
  return { article, read: { headline, file: `articles/${slug}.md`, endMarker: `Ref ${ref}.`, words: countWords(parsed.body) } }
}

/**
 * Writes the workspace; `count` articles in all, the two long reads included. Returns the
 * articles too (the IndexedDB bench stores the same library).
 */
export async function writeLibraryWorkspace(root: string, count: number): Promise<{ workspace: LibraryWorkspace; articles: Article[] }> {
  const long10k = longRead(10, 10_000, 'LONG-10K', LIBRARY_NOW_MS)
  const long1k = longRead(11, 1_000, 'SHORT-1K', LIBRARY_NOW_MS - 60_000)
  const articles = [long10k.article, long1k.article, ...generateLibrary(1, count - 2)]
  await mkdir(root, { recursive: true })
  await writeFile(join(root, workspaceLayout.markerFile), JSON.stringify(workspaceLayout.marker, null, 2) + '\n')
  for (const folder of workspaceLayout.folders) await mkdir(join(root, folder), { recursive: true })
  let totalBytes = 0
  let totalWords = 0
  const files = await mapWithConcurrency(articles, 32, async (article) => {
    const file = `articles/${article.slug}.md`
    const content = writeArticleMarkdown(article)
    totalBytes += Buffer.byteLength(content)
    totalWords += countWords(article.body)
    await writeFile(join(root, file), content)
    return file
  })
  if (new Set(files).size !== files.length) throw new Error('two generated articles share a file name')
  return { workspace: { root, files, totalBytes, totalWords, long10k: long10k.read, long1k: long1k.read }, articles }
}

/**
 * What a rebuild cannot avoid, in plain Node: read every article file (16 at a time, as
 * WorkspaceStore.read does) and parse it with readArticleMarkdown. No IPC, no IndexedDB.
 */
export async function readAndParseAll(root: string, files: string[]): Promise<number> {
  const t = performance.now()
  let blocks = 0
  await mapWithConcurrency(files, 16, async (file) => {
    const parsed = readArticleMarkdown(await readFile(join(root, file), 'utf8'))
    blocks += parsed.body.content.length
  })
  if (blocks === 0) throw new Error('nothing parsed')
  return performance.now() - t
}
