import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ensureDefaultWorkspace } from '../../../src/main/services/workspace/ensureDefaultWorkspace'
import { captureLog } from './helpers/captureLog'
import { tempDirs } from './helpers/tempDirs'

const tmp = tempDirs()

async function makeSample(): Promise<string> {
  const sample = await tmp()
  await mkdir(join(sample, 'articles'))
  await mkdir(join(sample, 'entities'))
  await writeFile(join(sample, 'articles', 'kremlin-iran.md'), '---\nheadline: Kremlin\n---\nBody.\n')
  await writeFile(join(sample, 'articles', 'second.md'), 'Second.\n')
  await writeFile(join(sample, 'articles', 'README.txt'), 'not an article')
  await writeFile(join(sample, 'entities', 'dmitry-peskov.yaml'), 'type: person\nname: Dmitry Peskov\n')
  return sample
}

describe('ensureDefaultWorkspace', () => {
  it('creates <documents>/Copydesk with the layout and the samples', async () => {
    const docs = join(await tmp(), 'Documents')
    const sample = await makeSample()
    const res = await ensureDefaultWorkspace(docs, sample, captureLog())
    expect(res).toEqual({ path: join(docs, 'Copydesk'), created: true })
    expect((await readdir(res.path)).sort()).toEqual(['articles', 'copydesk.json', 'entities', 'media', 'sources'])
    expect((await readdir(join(res.path, 'articles'))).sort()).toEqual(['kremlin-iran.md', 'second.md'])
    expect(await readFile(join(res.path, 'entities', 'dmitry-peskov.yaml'), 'utf8')).toContain('Dmitry Peskov')
  })

  it('never copies samples into an existing folder', async () => {
    const docs = await tmp()
    await mkdir(join(docs, 'Copydesk', 'articles'), { recursive: true })
    await writeFile(join(docs, 'Copydesk', 'articles', 'mine.md'), 'mine')
    const res = await ensureDefaultWorkspace(docs, await makeSample(), captureLog())
    expect(res.created).toBe(false)
    expect(await readdir(join(docs, 'Copydesk', 'articles'))).toEqual(['mine.md'])
    // …but a missing marker and folders are added, as for any chosen workspace.
    expect((await readdir(join(docs, 'Copydesk'))).sort()).toEqual(['articles', 'copydesk.json', 'entities', 'media', 'sources'])

    const second = await ensureDefaultWorkspace(docs, await makeSample(), captureLog())
    expect(second.created).toBe(false)
    expect(await readdir(join(docs, 'Copydesk', 'articles'))).toEqual(['mine.md'])
  })

  it('still creates the workspace when the sample folder is missing', async () => {
    const docs = await tmp()
    const res = await ensureDefaultWorkspace(docs, join(docs, 'no-such-sample'), captureLog())
    expect(res.created).toBe(true)
    expect(await readdir(join(res.path, 'articles'))).toEqual([])
  })

  it('accepts the sample articles folder itself as sampleDir', async () => {
    const docs = await tmp()
    const sample = await makeSample()
    const res = await ensureDefaultWorkspace(docs, join(sample, 'articles'), captureLog())
    expect((await readdir(join(res.path, 'articles'))).sort()).toEqual(['kremlin-iran.md', 'second.md'])
  })

  it('refuses a file where the folder should be', async () => {
    const docs = await tmp()
    await writeFile(join(docs, 'Copydesk'), 'a file')
    await expect(ensureDefaultWorkspace(docs, await makeSample(), captureLog())).rejects.toThrow(/is a file, not a folder/)
  })

  it('two instances starting together create it once', async () => {
    const docs = await tmp()
    const sample = await makeSample()
    const results = await Promise.all([
      ensureDefaultWorkspace(docs, sample, captureLog()),
      ensureDefaultWorkspace(docs, sample, captureLog())
    ])
    expect(results.map((r) => r.created).sort()).toEqual([false, true])
  })
})
