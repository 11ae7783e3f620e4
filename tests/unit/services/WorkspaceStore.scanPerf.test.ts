import { utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mapWithConcurrency } from '../../../src/main/services/util/mapWithConcurrency'
import { makeStore } from './helpers/makeStore'
import { tempDirs } from './helpers/tempDirs'

const tmp = tempDirs()
const COUNT = 10_000

describe('WorkspaceStore.scan at newsroom scale', () => {
  it(`rescans ${COUNT} unchanged files from the mtime+size cache without reading them`, async () => {
    const root = await tmp()
    const { store } = await makeStore(root, await tmp())
    // Unchanged files in a real workspace are old; a fresh mtime would (rightly) not be trusted.
    const past = new Date(Date.now() - 3_600_000)
    await mapWithConcurrency(Array.from({ length: COUNT }, (_, i) => i), 64, async (i) => {
      const file = join(root, 'articles', `article-${String(i).padStart(5, '0')}.md`)
      await writeFile(file, `---\nheadline: Article ${i}\n---\nParagraph of article ${i}.\n`)
      await utimes(file, past, past)
    })

    let t = performance.now()
    const first = await store.scan()
    const firstMs = performance.now() - t
    expect(first).toHaveLength(COUNT)
    expect(store.lastScanStats).toEqual({ files: COUNT, hashed: COUNT, cached: 0 })

    t = performance.now()
    const again = await store.scan()
    const againMs = performance.now() - t
    expect(again).toEqual(first)
    expect(store.lastScanStats).toEqual({ files: COUNT, hashed: 0, cached: COUNT })
    console.log(`scan of ${COUNT} files: first ${firstMs.toFixed(0)} ms (hashing), rescan ${againMs.toFixed(0)} ms (cached)`)
  }, 60_000)
})
