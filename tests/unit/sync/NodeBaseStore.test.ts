import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { sha256Hex } from '../../../src/main/services/fs/sha256Hex'
import type { Logger } from '../../../src/main/services/Logger'
import { NodeBaseStore } from '../../../src/main/services/sync/NodeBaseStore'
import { SyncState } from '../../../src/main/services/sync/SyncState'

const made: string[] = []
afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })))
})

async function dir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'copydesk-base-'))
  made.push(d)
  return d
}

const silent: Logger = { info: () => {}, warn: () => {}, error: () => {} }

describe('SyncState (sync extensions)', () => {
  it('records the article id, keeps it while the hash stays, and forgets it when the hash changes', async () => {
    const d = await dir()
    const state = await SyncState.load(join(d, 's.json'), { log: silent })
    state.set('/ws', 'articles/a.md', { hash: 'h1', mtimeMs: 1, size: 2, id: 'A' })
    state.set('/ws', 'articles/a.md', { hash: 'h1', mtimeMs: 5, size: 2 }) // WorkspaceStore.remember: no id
    expect(state.get('/ws', 'articles/a.md')).toEqual({ hash: 'h1', mtimeMs: 5, size: 2, id: 'A' })
    state.set('/ws', 'articles/a.md', { hash: 'h2', mtimeMs: 6, size: 3 })
    expect(state.get('/ws', 'articles/a.md')?.id).toBeUndefined()
    state.set('/ws', 'articles/b.md', { hash: 'h3', mtimeMs: 1, size: 1, id: null })
    state.rename('/ws', 'articles/b.md', '.trash/articles/b.md')
    state.setRecent('/ws', ['h0'])
    await state.flush()
    const again = await SyncState.load(join(d, 's.json'), { log: silent })
    expect(again.get('/ws', '.trash/articles/b.md')).toEqual({ hash: 'h3', mtimeMs: 1, size: 1, id: null })
    expect(again.getRecent('/ws')).toEqual(['h0'])
  })

  it('reads a state file from before the extension', async () => {
    const d = await dir()
    await writeFile(join(d, 's.json'), JSON.stringify({ format: 'copydesk-sync-state', version: 1, workspaces: { '/ws': { 'articles/a.md': { hash: 'h', mtimeMs: 1, size: 1 } } } }))
    const state = await SyncState.load(join(d, 's.json'), { log: silent })
    expect(state.get('/ws', 'articles/a.md')).toEqual({ hash: 'h', mtimeMs: 1, size: 1 })
    expect(state.getRecent('/ws')).toEqual([])
  })
})

describe('NodeBaseStore', () => {
  it('keeps base contents by hash across restarts, and recent earlier versions', async () => {
    const d = await dir()
    const state = await SyncState.load(join(d, 's.json'), { log: silent })
    const store = new NodeBaseStore(state, '/ws', join(d, 'blobs'), 2)
    await store.apply([{ op: 'set', path: 'articles/a.md', id: 'A', hash: sha256Hex('v1'), content: 'v1' }])
    await store.flush()
    await store.apply([{ op: 'set', path: 'articles/a.md', id: 'A', hash: sha256Hex('v2'), content: 'v2' }])
    await store.flush()
    const state2 = await SyncState.load(join(d, 's.json'), { log: silent })
    const again = new NodeBaseStore(state2, '/ws', join(d, 'blobs'), 2)
    expect(await again.entries()).toEqual(new Map([['articles/a.md', { path: 'articles/a.md', id: 'A', hash: sha256Hex('v2') }]]))
    expect(await again.contents([sha256Hex('v1'), sha256Hex('v2'), 'unknown'])).toEqual(
      new Map([
        [sha256Hex('v1'), 'v1'],
        [sha256Hex('v2'), 'v2']
      ])
    )
    // Beyond `keepRecent` earlier versions, old blobs go.
    for (const v of ['v3', 'v4', 'v5']) {
      await again.apply([{ op: 'set', path: 'articles/a.md', id: 'A', hash: sha256Hex(v), content: v }])
      await again.flush()
    }
    expect((await again.contents([sha256Hex('v1')])).size).toBe(0)
    expect((await readdir(join(d, 'blobs'))).length).toBeLessThanOrEqual(3)
  })

  it('treats a damaged blob as unknown', async () => {
    const d = await dir()
    const state = await SyncState.load(join(d, 's.json'), { log: silent })
    const store = new NodeBaseStore(state, '/ws', join(d, 'blobs'))
    await store.apply([{ op: 'set', path: 'articles/a.md', id: 'A', hash: sha256Hex('text'), content: 'text' }])
    await store.flush()
    const [blob] = await readdir(join(d, 'blobs'))
    expect(await readFile(join(d, 'blobs', blob!), 'utf8')).toBe('text')
    await writeFile(join(d, 'blobs', blob!), 'tex')
    const fresh = new NodeBaseStore(state, '/ws', join(d, 'blobs'))
    expect((await fresh.contents([sha256Hex('text')])).size).toBe(0)
  })
})
