import { buildSync } from 'esbuild'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export type Core = typeof import('./coreEntry')

/**
 * coreEntry.ts as the app ships code: bundled by esbuild (ESM, Node platform, no keepNames, like
 * electron-vite's build of main) into `<tmp>/core-bundle.mjs` and imported from there.
 */
export async function loadBundledCore(tmp: string): Promise<Core> {
  const outfile = join(tmp, 'core-bundle.mjs')
  buildSync({
    entryPoints: [join(import.meta.dirname, 'coreEntry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outfile
  })
  const core = (await import(pathToFileURL(outfile).href)) as Core
  if (core.readArticleMarkdown.toString().includes('__name') || String(core.importArticle).includes('__name')) {
    throw new Error('the bundled core was rewritten with keepNames on import; its timings would not be the shipped code')
  }
  return core
}
