/**
 * What the Node side of the benches runs, bundled by esbuild (see loadCore.ts) the way
 * electron-vite bundles main: without the `keepNames` wrapping tsx adds when it compiles sources
 * on the fly (tsx wraps every named inner function in `__name(fn, "…")`, which costs
 * parseInline, with a closure made per character, about three times its work).
 */
export { importArticle } from '../../src/core/formats/importArticle'
export { readArticleMarkdown } from '../../src/core/formats/markdown/readArticleMarkdown'
export { parseSanitizedHtml } from '../../src/main/services/html/parseSanitizedHtml'
export { articleRow, fakeHashes, generateLibrary } from './libraryArticles'
export { readAndParseAll, writeLibraryWorkspace } from './workspaceFixture'
