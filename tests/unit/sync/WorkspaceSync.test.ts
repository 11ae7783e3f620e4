import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ensureWorkspaceLayout } from '../../../src/main/services/workspace/ensureWorkspaceLayout'
import { SyncState } from '../../../src/main/services/sync/SyncState'
import { WorkspaceSync } from '../../../src/main/services/sync/WorkspaceSync'
import { captureLog } from '../services/helpers/captureLog'
import { tempDirs } from '../services/helpers/tempDirs'

const tmp = tempDirs()
const open: WorkspaceSync[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

const article = (id: string, headline: string, body: string): string => `---\nid: ${id}\nheadline: ${headline}\n---\n${body}\n`

async function setup(): Promise<{ root: string; sync: WorkspaceSync; hints: string[][] }> {
  const root = await tmp()
  const appData = await tmp()
  await ensureWorkspaceLayout(root)
  const state = await SyncState.load(join(appData, 'sync-state.json'), { debounceMs: 10, log: captureLog() })
  const hints: string[][] = []
  const sync = new WorkspaceSync({ root, state, appDataDir: appData, onHint: (paths) => hints.push(paths), hintDebounceMs: 50, log: captureLog() })
  open.push(sync)
  return { root, sync, hints }
}

const until = async (check: () => boolean, ms = 5000): Promise<void> => {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 25))
  }
}

describe('WorkspaceSync (the sync main runs for the app)', () => {
  it('takes the app’s articles, writes its edits and sends back what the folder has', async () => {
    const { root, sync } = await setup()
    await writeFile(join(root, 'articles', 'ferry.md'), article('F1', 'Ferry strike', 'Crews walked out.'))
    const first = await sync.run([
      { id: 'N1', path: 'articles/new.md', fileHash: null, trashed: false, pending: { seq: 1, content: article('N1', 'New one', 'Fresh text.') } }
    ])
    expect(first.report.status).toBe('synced')
    expect(await readFile(join(root, 'articles', 'new.md'), 'utf8')).toContain('Fresh text.')
    const byId = new Map(first.updates.map((u) => [u.id, u]))
    expect(byId.get('F1')).toMatchObject({ path: 'articles/ferry.md', trashed: false })
    expect(byId.get('F1')!.content).toContain('Crews walked out.')
    expect(byId.get('N1')).toMatchObject({ expectSeq: 1, contentIsApps: true })

    // In step: a second run has nothing to say.
    const again = await sync.run(first.updates.map((u) => ({ id: u.id, path: u.path, fileHash: u.fileHash, trashed: u.trashed, pending: null })))
    expect(again.updates).toEqual([])
  })

  it('hints at changes others make in the folder, but not at its own writes', async () => {
    const { root, sync, hints } = await setup()
    sync.startWatching()
    await new Promise((r) => setTimeout(r, 300)) // the watcher is ready
    await sync.run([{ id: 'N1', path: 'articles/mine.md', fileHash: null, trashed: false, pending: { seq: 1, content: article('N1', 'Mine', 'Written by the sync.') } }])
    await new Promise((r) => setTimeout(r, 500))
    expect(hints.flat()).not.toContain('articles/mine.md')

    // Someone edits the file a moment after the sync wrote it: that is a change, not an echo.
    await writeFile(join(root, 'articles', 'mine.md'), article('N1', 'Mine', 'Edited by someone else.'))
    await until(() => hints.flat().includes('articles/mine.md'))

    await writeFile(join(root, 'articles', 'theirs.md'), article('T1', 'Theirs', 'Written by someone else.'))
    await mkdir(join(root, 'entities'), { recursive: true })
    await writeFile(join(root, 'entities', 'holt.yaml'), 'type: person\nname: Sigrid Holt\n')
    await until(() => hints.flat().includes('articles/theirs.md') && hints.flat().includes('entities/holt.yaml'))
  })
})
