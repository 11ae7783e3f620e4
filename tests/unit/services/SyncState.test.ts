import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SyncState } from '../../../src/main/services/sync/SyncState'
import { captureLog } from './helpers/captureLog'
import { tempDirs } from './helpers/tempDirs'

const tmp = tempDirs()
const entry = (hash: string) => ({ hash, mtimeMs: 1_700_000_000_000.5, size: 42 })

describe('SyncState', () => {
  it('keeps entries per workspace root and persists them on flush', async () => {
    const dir = await tmp()
    const file = join(dir, 'sync-state.json')
    const state = await SyncState.load(file, { log: captureLog() })
    state.set('/ws/one', 'articles/a.md', entry('h1'))
    state.set('/ws/two', 'articles/a.md', entry('h2'))
    state.set('/ws/one/', 'articles/b.md', entry('h3')) // same root, trailing slash
    await state.flush()

    const again = await SyncState.load(file, { log: captureLog() })
    expect(again.get('/ws/one', 'articles/a.md')).toEqual(entry('h1'))
    expect(again.get('/ws/two', 'articles/a.md')).toEqual(entry('h2'))
    expect(again.entries('/ws/one').map(([f]) => f).sort()).toEqual(['articles/a.md', 'articles/b.md'])
    expect(JSON.parse(await readFile(file, 'utf8')).format).toBe('copydesk-sync-state')
  })

  it('debounces saves: a burst of changes is written once, shortly after', async () => {
    const dir = await tmp()
    const file = join(dir, 'sync-state.json')
    const state = await SyncState.load(file, { debounceMs: 20, log: captureLog() })
    for (let i = 0; i < 100; i++) state.set('/ws', `articles/${i}.md`, entry(`h${i}`))
    await expect(readFile(file)).rejects.toThrow() // not yet
    await new Promise((r) => setTimeout(r, 80))
    await state.flush()
    const saved = JSON.parse(await readFile(file, 'utf8'))
    expect(Object.keys(saved.workspaces['/ws'])).toHaveLength(100)
  })

  it('renames and deletes entries', async () => {
    const state = await SyncState.load(join(await tmp(), 's.json'), { log: captureLog() })
    state.set('/ws', 'articles/a.md', entry('h'))
    state.rename('/ws', 'articles/a.md', '.trash/articles/a.md')
    expect(state.get('/ws', 'articles/a.md')).toBeUndefined()
    expect(state.get('/ws', '.trash/articles/a.md')).toEqual(entry('h'))
    state.delete('/ws', '.trash/articles/a.md')
    expect(state.entries('/ws')).toEqual([])
  })

  it('starts empty on a corrupt file, logs it, and overwrites it on the next save', async () => {
    const dir = await tmp()
    const file = join(dir, 'sync-state.json')
    await writeFile(file, '{"format":"copydesk-sync-state","workspa')
    const log = captureLog()
    const state = await SyncState.load(file, { log })
    expect(state.entries('/ws')).toEqual([])
    expect(log.messages).toEqual([expect.objectContaining({ level: 'warn', message: expect.stringMatching(/could not be read; starting empty/) })])
    state.set('/ws', 'articles/a.md', entry('h'))
    await state.flush()
    expect((await SyncState.load(file, { log })).get('/ws', 'articles/a.md')).toEqual(entry('h'))
  })

  it('drops only the malformed entries of an otherwise valid file', async () => {
    const file = join(await tmp(), 'sync-state.json')
    await writeFile(
      file,
      JSON.stringify({
        format: 'copydesk-sync-state',
        version: 1,
        workspaces: { '/ws': { 'articles/ok.md': entry('h'), 'articles/bad.md': { hash: 5 } }, '/broken': 'nope' }
      })
    )
    const state = await SyncState.load(file, { log: captureLog() })
    expect(state.entries('/ws')).toEqual([['articles/ok.md', entry('h')]])
  })

  it('a file of another format is treated as corrupt', async () => {
    const file = join(await tmp(), 'sync-state.json')
    await writeFile(file, '[1,2,3]')
    const log = captureLog()
    const state = await SyncState.load(file, { log })
    expect(state.entries('/ws')).toEqual([])
    expect(log.messages).toHaveLength(1)
  })
})
