import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { wrapHandlerTable, type Invoke } from '../../../src/core/bridge/wrapHandlerTable'
import type { EventName } from '../../../src/core/ipc'
import { createHandlerTable } from '../../../src/main/services/createHandlerTable'
import { createServices, type ServiceDeps } from '../../../src/main/services/createServices'
import type { ShellPort } from '../../../src/main/services/ports/ShellPort'
import { TestDialogPort } from '../../../src/main/services/ports/TestDialogPort'
import { captureLog } from './helpers/captureLog'
import { tempDirs } from './helpers/tempDirs'

const tmp = tempDirs()
const sha = (s: string): string => createHash('sha256').update(s).digest('hex')

const WIRE_STORY = [
  'Photo:: SalamPix-Abaca / Shutterstock Editorial',
  'Kremlin says Russia clearly supported Iran',
  '“Russia has really supported Iran with its clear political position,” Kremlin spokesman Dmitry Peskov said, Reuters reports.',
  'Peskov noted that it is too early to speak about the results.',
  ''
].join('\n')

interface Harness {
  invoke: Invoke
  deps: ServiceDeps
  dialog: TestDialogPort
  opened: string[]
  events: { event: EventName; payload: unknown }[]
  docs: string
  appData: string
}

async function harness(): Promise<Harness> {
  const appData = await tmp()
  const docs = await tmp()
  const sample = await tmp()
  await mkdir(join(sample, 'articles'))
  await writeFile(join(sample, 'articles', 'sample-kremlin.md'), '---\nheadline: Kremlin says Russia clearly supported Iran\n---\nBody.\n')
  const dialog = new TestDialogPort()
  const opened: string[] = []
  const shell: ShellPort = { openExternal: async (url) => void opened.push(url) }
  const events: { event: EventName; payload: unknown }[] = []
  const deps: ServiceDeps = {
    appDataDir: appData,
    documentsDir: docs,
    sampleDir: sample,
    dialog,
    shell,
    emit: (event, payload) => void events.push({ event, payload }),
    log: captureLog(),
    syncStateDebounceMs: 10
  }
  return { invoke: wrapHandlerTable(createHandlerTable(deps)), deps, dialog, opened, events, docs, appData }
}

describe('createHandlerTable behind wrapHandlerTable', () => {
  let h: Harness
  beforeEach(async () => {
    h = await harness()
  })

  describe('malformed calls get clear errors', () => {
    it('unknown channel', async () => {
      await expect(h.invoke('fs:readAnything', {})).rejects.toThrow('Unknown IPC channel: fs:readAnything')
    })

    it('wrong types and unknown keys', async () => {
      await expect(h.invoke('workspace:read', { files: 'articles/a.md' })).rejects.toThrow(/^Invalid arguments for workspace:read: files /)
      await expect(h.invoke('article:write', { file: 'articles/a.md', content: 42, baseHash: null })).rejects.toThrow(
        /Invalid arguments for article:write: content/
      )
      await expect(h.invoke('article:write', { file: 'articles/a.md', content: 'x' })).rejects.toThrow(/article:write: baseHash/)
      await expect(h.invoke('workspace:scan', { sneaky: true })).rejects.toThrow(/Invalid arguments for workspace:scan/)
      await expect(h.invoke('files:open', { purpose: 'delete' })).rejects.toThrow(/files:open: purpose/)
      await expect(h.invoke('spell:check', { words: [1, 2] })).rejects.toThrow(/spell:check: words\.0/)
    })

    it('paths with .. or absolute paths, through the wrapper and straight at the table', async () => {
      await expect(h.invoke('article:write', { file: '../escape.md', content: 'x', baseHash: null })).rejects.toThrow(
        /file must be a relative path inside the workspace/
      )
      await expect(h.invoke('workspace:read', { files: ['articles/../../etc/passwd'] })).rejects.toThrow(/files\.0 must be a relative path/)
      await expect(h.invoke('workspace:read', { files: ['/etc/passwd'] })).rejects.toThrow(/must be a relative path/)
      await expect(h.invoke('article:trash', { file: 'C:\\Windows\\win.ini' })).rejects.toThrow(/must be a relative path/)

      // The services check again, for callers that skip the wrapper (CLI, future code).
      const table = createHandlerTable(h.deps)
      await expect(table['workspace:read']({ files: ['articles/../../etc/passwd'] })).rejects.toThrow(/may not contain "\.\."/)
      await expect(table['article:write']({ file: '/etc/passwd', content: 'x', baseHash: null })).rejects.toThrow(/Absolute paths/)
      await expect(table['article:write']({ file: 'copydesk.json', content: 'x', baseHash: null })).rejects.toThrow(/Only articles/)
    })

    it('a Blob (or ArrayBuffer) instead of Uint8Array', async () => {
      await expect(h.invoke('files:parse', { name: 'a.txt', bytes: new Blob(['hello']) })).rejects.toThrow(
        /Invalid arguments for files:parse: bytes/
      )
      await expect(h.invoke('files:parse', { name: 'a.txt', bytes: new ArrayBuffer(4) })).rejects.toThrow(/files:parse: bytes/)
      await expect(h.invoke('files:parse', { name: 'a.txt', bytes: [104, 105] })).rejects.toThrow(/files:parse: bytes/)
    })
  })

  describe('workspace', () => {
    it('creates the default workspace with the samples on first use', async () => {
      const info = await h.invoke('workspace:info', {})
      expect(info).toEqual({ path: join(h.docs, 'Copydesk'), isDefault: true })
      expect(await h.invoke('workspace:scan', {})).toEqual({
        files: [{ file: 'articles/sample-kremlin.md', hash: expect.stringMatching(/^[0-9a-f]{64}$/), trashed: false }]
      })
      // Settings are not pinned to the default: it stays "the default".
      await expect(readFile(join(h.appData, 'settings.json'))).rejects.toThrow()
    })

    it('write → scan → read round trip, with the CAS conflict', async () => {
      const content = '---\nheadline: Talks\n---\n“We are ready,” Araqchi said.\n'
      const written = await h.invoke('article:write', { file: 'articles/talks.md', content, baseHash: null })
      expect(written).toEqual({ ok: true, hash: sha(content) })

      const { files } = (await h.invoke('workspace:scan', {})) as { files: { file: string; hash: string }[] }
      expect(files.find((f) => f.file === 'articles/talks.md')?.hash).toBe(sha(content))

      expect(await h.invoke('workspace:read', { files: ['articles/talks.md', 'articles/nope.md'] })).toEqual({
        files: [{ file: 'articles/talks.md', content, hash: sha(content), trashed: false }],
        missing: ['articles/nope.md']
      })

      // Edited on another device, then our stale write arrives.
      await writeFile(join(h.docs, 'Copydesk', 'articles', 'talks.md'), 'theirs\n')
      expect(await h.invoke('article:write', { file: 'articles/talks.md', content: 'ours\n', baseHash: sha(content) })).toEqual({
        ok: false,
        reason: 'conflict',
        diskHash: sha('theirs\n')
      })
      expect(await h.invoke('article:write', { file: 'articles/talks.md', content: 'ours\n', baseHash: null })).toEqual({
        ok: false,
        reason: 'exists',
        diskHash: sha('theirs\n')
      })
    })

    it('trash, restore and empty trash', async () => {
      await h.invoke('article:write', { file: 'articles/a.md', content: 'a\n', baseHash: null })
      expect(await h.invoke('article:trash', { file: 'articles/a.md' })).toEqual({ file: '.trash/articles/a.md' })
      await h.invoke('article:write', { file: 'articles/a.md', content: 'a again\n', baseHash: null })
      expect(await h.invoke('article:trash', { file: 'articles/a.md' })).toEqual({ file: '.trash/articles/a-2.md' })
      expect(await h.invoke('article:restore', { file: '.trash/articles/a.md' })).toEqual({ file: 'articles/a.md' })
      await expect(h.invoke('article:restore', { file: '.trash/articles/a.md' })).rejects.toThrow(/No such article/)
      expect(await h.invoke('trash:empty', {})).toEqual({ removed: 1 })
      const { files } = (await h.invoke('workspace:scan', {})) as { files: { file: string; trashed: boolean }[] }
      expect(files.filter((f) => f.trashed)).toEqual([])
      expect(files.map((f) => f.file)).toContain('articles/a.md')
    })

    it('workspace:choose: cancelled → null; a plain folder is offered, made a workspace with its articles imported, and it survives a restart', async () => {
      expect(await h.invoke('workspace:choose', {})).toBeNull()
      expect(h.events).toEqual([])

      const chosen = join(await tmp(), 'Desk Folder')
      await mkdir(join(chosen, 'drafts'), { recursive: true })
      await writeFile(join(chosen, 'drafts', 'ferry.txt'), 'Ferry crews vote to strike\n\nCrews on the island ferries voted on Monday.\n')
      await writeFile(join(chosen, 'notes.md'), '# Council meeting\n\nThe council met.\n')
      await writeFile(join(chosen, 'broken.docx'), 'not a zip')
      h.dialog.answerChooseFolder(chosen)
      expect(await h.invoke('workspace:choose', {})).toEqual({ setup: { path: chosen, articleFiles: 3 } })
      expect(h.events).toEqual([])
      // Only the folder the dialog offered can be made a workspace.
      await expect(h.invoke('workspace:create', { path: await tmp() })).rejects.toThrow(/just chosen/)

      const created = (await h.invoke('workspace:create', { path: chosen })) as { imported: number; failed: { file: string }[] }
      expect(created).toMatchObject({ path: chosen, isDefault: false, imported: 2 })
      expect(created.failed.map((f) => f.file)).toEqual(['broken.docx'])
      expect(h.events.filter((e) => e.event === 'workspace:switched')).toEqual([{ event: 'workspace:switched', payload: { path: chosen, isDefault: false } }])
      expect(h.events.some((e) => e.event === 'sync:progress')).toBe(true)
      expect((await readdir(chosen)).sort()).toEqual(['articles', 'broken.docx', 'copydesk.json', 'drafts', 'entities', 'media', 'notes.md', 'sources'])
      expect((await readdir(join(chosen, 'articles'))).sort()).toEqual(['council-meeting.md', 'ferry-crews-vote-to-strike.md'])
      expect(await readFile(join(chosen, 'articles', 'ferry-crews-vote-to-strike.md'), 'utf8')).toContain('Crews on the island ferries voted on Monday.')
      const info = { path: chosen, isDefault: false }
      expect(await h.invoke('workspace:info', {})).toEqual(info)

      // Choosing it again switches straight to it.
      h.dialog.answerChooseFolder(chosen)
      expect(await h.invoke('workspace:choose', {})).toEqual({ info })

      const restarted = wrapHandlerTable(createHandlerTable(h.deps))
      expect(await restarted('workspace:info', {})).toEqual(info)
    })

    it('a saved workspace that has gone missing is reported as unreachable, not replaced', async () => {
      const chosen = join(await tmp(), 'usb-stick')
      h.dialog.answerChooseFolder(chosen)
      await h.invoke('workspace:choose', {})
      await h.invoke('workspace:create', { path: chosen })
      const restarted = wrapHandlerTable(createHandlerTable(h.deps))
      const { rm } = await import('node:fs/promises')
      await rm(chosen, { recursive: true })
      expect(await restarted('workspace:info', {})).toEqual({ path: chosen, isDefault: false })
      await expect(restarted('workspace:scan', {})).rejects.toThrow(/not reachable/)
    })
  })

  describe('files', () => {
    it('files:open reads real files through the dialog port; failures are per-file errors', async () => {
      const dir = await tmp()
      await writeFile(join(dir, 'wire.txt'), WIRE_STORY)
      await writeFile(join(dir, 'empty.txt'), '')
      await mkdir(join(dir, 'folder.md'))
      h.dialog.answerOpenFiles([join(dir, 'wire.txt'), join(dir, 'empty.txt'), join(dir, 'missing.txt'), join(dir, 'folder.md')])

      const { files } = (await h.invoke('files:open', { purpose: 'import' })) as {
        files: { name: string; article?: unknown; error?: string }[]
      }
      expect(files.map((f) => f.name)).toEqual(['wire.txt', 'empty.txt', 'missing.txt', 'folder.md'])
      expect(files[0]?.error).toBeUndefined()
      expect(JSON.stringify(files[0]?.article)).toContain('Dmitry Peskov')
      expect(files[1]).toEqual({ name: 'empty.txt', error: expect.stringMatching(/empty/i) })
      expect(files[2]).toEqual({ name: 'missing.txt', error: 'File not found.' })
      expect(files[3]).toEqual({ name: 'folder.md', error: 'This is a folder, not a file.' })

      expect(h.dialog.openFilesCalls).toEqual([
        { purpose: 'import', filters: [{ name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'xhtml', 'docx', 'xml', 'nitf', 'json', 'ninjs'] }] }
      ])
    })

    it('files:open cancelled → no files', async () => {
      expect(await h.invoke('files:open', { purpose: 'open' })).toEqual({ files: [] })
      h.dialog.answerOpenFiles([])
      expect(await h.invoke('files:open', { purpose: 'open' })).toEqual({ files: [] })
    })

    it('files:parse returns the article, or an error string instead of throwing', async () => {
      const ok = (await h.invoke('files:parse', { name: 'wire.txt', bytes: new TextEncoder().encode(WIRE_STORY) })) as {
        name: string
        article?: { headline: string }
        error?: string
      }
      expect(ok.error).toBeUndefined()
      expect(ok.article).toBeDefined()

      expect(await h.invoke('files:parse', { name: 'C:\\Users\\ed\\empty.txt', bytes: new Uint8Array() })).toEqual({
        name: 'empty.txt',
        error: expect.stringMatching(/empty/i)
      })
      const binary = (await h.invoke('files:parse', { name: 'photo.txt', bytes: new Uint8Array([0xff, 0xd8, 0, 0, 1, 2]) })) as {
        error?: string
      }
      expect(binary.error).toMatch(/binary/i)
    })

    it('files:parse reads HTML through the sanitiser', async () => {
      const html = '<html><body><h1>Talks resume</h1><p>Peskov said <b>nothing</b>.</p><script>alert(1)</script></body></html>'
      const res = (await h.invoke('files:parse', { name: 'story.html', bytes: new TextEncoder().encode(html) })) as {
        article?: unknown
        error?: string
      }
      expect(res.error).toBeUndefined()
      const json = JSON.stringify(res.article)
      expect(json).toContain('Peskov said')
      expect(json).not.toContain('alert(1)')
    })
  })

  describe('spell and shell', () => {
    it('spell:check and spell:suggest', async () => {
      expect(await h.invoke('spell:check', { words: ['Kremlin', 'spokesmna', 'NATO', '2024'] })).toEqual({ misspelled: ['spokesmna'] })
      const { suggestions } = (await h.invoke('spell:suggest', { word: 'spokesmna' })) as { suggestions: string[] }
      expect(suggestions).toContain('spokesman')
    })

    it('shell:openExternal passes only http, https and mailto to the port', async () => {
      for (const url of ['https://www.reuters.com/world/', 'http://example.org', 'mailto:desk@example.org']) {
        expect(await h.invoke('shell:openExternal', { url })).toEqual({ opened: true })
      }
      for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'copydesk://x', 'smb://server/share', 'not a url', '']) {
        expect(await h.invoke('shell:openExternal', { url })).toEqual({ opened: false })
      }
      expect(h.opened).toEqual(['https://www.reuters.com/world/', 'http://example.org/', 'mailto:desk@example.org'])
    })
  })

  it('createServices().flush() writes the sync state to the app data folder', async () => {
    const services = createServices(h.deps)
    const invoke = wrapHandlerTable(services.table)
    await invoke('article:write', { file: 'articles/a.md', content: 'a\n', baseHash: null })
    await services.flush()
    const saved = JSON.parse(await readFile(join(h.appData, 'sync-state.json'), 'utf8'))
    expect(saved.workspaces[join(h.docs, 'Copydesk')]['articles/a.md'].hash).toBe(sha('a\n'))
    // Nothing of the device's sync state lands in the workspace.
    expect((await readdir(join(h.docs, 'Copydesk'))).sort()).toEqual(['articles', 'copydesk.json', 'entities', 'media', 'sources'])
  })
})
