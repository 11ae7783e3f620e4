import { benchImport } from './importBench'
import { createRng } from './lib/prng'
import { generateWireArticle, wireArticleText } from './lib/wireText'
import { generateLibrary } from './lib/libraryArticles'
import { writeArticleMarkdown } from '../src/core/formats/markdown/writeArticleMarkdown'
const w = generateWireArticle(createRng(10_000), 10_000, 'IMPORT-10K')
console.log(wireArticleText(w).slice(0, 2500))
console.log(benchImport())
let t = performance.now()
const lib = generateLibrary(1, 10_000)
console.log('gen', performance.now() - t)
t = performance.now()
let bytes = 0
for (const a of lib) bytes += writeArticleMarkdown(a).length
console.log('write', performance.now() - t, bytes / 1e6)
console.log(writeArticleMarkdown(lib[0]!).slice(0, 1500))
