import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { wrapHandlerTable, type Invoke } from '../../../src/core/bridge/wrapHandlerTable'
import type { ChannelResult } from '../../../src/core/ipc'
import { createHandlerTable } from '../../../src/main/services/createHandlerTable'
import { TestDialogPort } from '../../../src/main/services/ports/TestDialogPort'
import { captureLog } from './helpers/captureLog'
import { tempDirs } from './helpers/tempDirs'

const tmp = tempDirs()

async function harness(): Promise<{ invoke: Invoke; workspace: string }> {
  const sample = await tmp()
  await mkdir(join(sample, 'articles'))
  const invoke = wrapHandlerTable(
    createHandlerTable({
      appDataDir: await tmp(),
      documentsDir: await tmp(),
      sampleDir: sample,
      dialog: new TestDialogPort(),
      shell: { openExternal: async () => {} },
      log: captureLog(),
      syncStateDebounceMs: 10
    })
  )
  const { path } = (await invoke('workspace:info', {})) as ChannelResult<'workspace:info'>
  return { invoke, workspace: path }
}

const article = (slug: string, photos: string[]): string =>
  `---\nid: 01JZMEDIA${slug.toUpperCase().padEnd(17, '0').slice(0, 17)}\nheadline: ${slug}\nstatus: draft\n${
    photos.length ? `photos:\n${photos.map((p) => `  - file: ${p}\n    creditLine: AP Photo/Jane Doe\n`).join('')}` : ''
  }---\nText.\n`

const list = async (invoke: Invoke) => ((await invoke('media:list', {})) as ChannelResult<'media:list'>).files
const trash = async (invoke: Invoke, files: string[]) => (await invoke('media:trash', { files })) as ChannelResult<'media:trash'>

describe('media:list', () => {
  it('lists the regular files in media/ with their sizes: no dot-files, folders or links', async () => {
    const { invoke, workspace } = await harness()
    expect(await list(invoke)).toEqual([])
    await writeFile(join(workspace, 'media', 'fog.jpg'), 'abc')
    await writeFile(join(workspace, 'media', 'Quay at dawn.png'), 'abcdef')
    await writeFile(join(workspace, 'media', '.fog.1a2b3c.tmp'), 'half')
    await mkdir(join(workspace, 'media', 'sub'))
    await symlink(join(workspace, 'copydesk.json'), join(workspace, 'media', 'link.jpg'))
    expect(await list(invoke)).toEqual([
      { file: 'media/Quay at dawn.png', size: 6 },
      { file: 'media/fog.jpg', size: 3 }
    ])
  })
})

describe('media:trash', () => {
  it('moves unused files to .trash/media (never over a file there) and keeps the ones an article file still uses', async () => {
    const { invoke, workspace } = await harness()
    for (const name of ['fog.jpg', 'quay.jpg', 'pier.jpg', 'old.jpg']) await writeFile(join(workspace, 'media', name), name)
    await writeFile(join(workspace, 'articles', 'ferry.md'), article('ferry', ['media/quay.jpg']))
    await mkdir(join(workspace, '.trash', 'articles'), { recursive: true })
    // A trashed article restores with its photos, so its photo is still used.
    await writeFile(join(workspace, '.trash', 'articles', 'draft.md'), article('draft', ['media\\pier.jpg']))
    // Front matter that does not parse: every media/ path in the file counts as used.
    await writeFile(join(workspace, 'articles', 'broken.md'), '---\nphotos: [file: media/old.jpg\n---\nBroken.\n')
    await mkdir(join(workspace, '.trash', 'media'), { recursive: true })
    await writeFile(join(workspace, '.trash', 'media', 'fog.jpg'), 'an older fog')

    const result = await trash(invoke, ['media/fog.jpg', 'media/quay.jpg', './media/pier.jpg', 'media/old.jpg', 'media/gone.jpg'])
    expect(result).toEqual({
      moved: [{ file: 'media/fog.jpg', to: '.trash/media/fog-2.jpg' }],
      kept: [
        { file: 'media/quay.jpg', reason: 'still used by articles/ferry.md' },
        { file: 'media/pier.jpg', reason: 'still used by .trash/articles/draft.md' },
        { file: 'media/old.jpg', reason: 'still used by articles/broken.md' },
        { file: 'media/gone.jpg', reason: 'no longer in media/' }
      ]
    })
    expect((await readdir(join(workspace, 'media'))).sort()).toEqual(['old.jpg', 'pier.jpg', 'quay.jpg'])
    expect(await readFile(join(workspace, '.trash', 'media', 'fog-2.jpg'), 'utf8')).toBe('fog.jpg')
    expect(await readFile(join(workspace, '.trash', 'media', 'fog.jpg'), 'utf8')).toBe('an older fog')
  })

  it('refuses any path that is not a file directly in media/, or leads out of the workspace, and then moves nothing', async () => {
    const { invoke, workspace } = await harness()
    await writeFile(join(workspace, 'media', 'fog.jpg'), 'fog')
    const outside = await tmp()
    await writeFile(join(outside, 'secret.jpg'), 'secret')
    await symlink(join(outside, 'secret.jpg'), join(workspace, 'media', 'escape.jpg'))
    for (const bad of ['copydesk.json', 'articles/x.md', 'media/sub/x.jpg', 'media/.fog.tmp', '/etc/passwd', 'C:\\x.jpg', 'media/../copydesk.json']) {
      await expect(trash(invoke, ['media/fog.jpg', bad]), bad).rejects.toThrow(/inside the workspace|Only files in media\/|Absolute paths/)
    }
    await expect(trash(invoke, [])).rejects.toThrow()
    await expect(trash(invoke, ['media/fog.jpg', 'media/escape.jpg'])).rejects.toThrow(/symbolic link/)
    expect((await readdir(join(workspace, 'media'))).sort()).toEqual(['escape.jpg', 'fog.jpg'])
    expect(await readFile(join(outside, 'secret.jpg'), 'utf8')).toBe('secret')
  })
})
