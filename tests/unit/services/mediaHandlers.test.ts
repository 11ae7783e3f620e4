import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { wrapHandlerTable, type Invoke } from '../../../src/core/bridge/wrapHandlerTable'
import type { ChannelResult } from '../../../src/core/ipc'
import { createHandlerTable } from '../../../src/main/services/createHandlerTable'
import { TestDialogPort } from '../../../src/main/services/ports/TestDialogPort'
import { AGENCY_IIM, AGENCY_XMP, AI_XMP, buildJpeg, exifSegment, iimSegment, xmpSegment } from '../../fixtures/photos/buildPhotos'
import { captureLog } from './helpers/captureLog'
import { tempDirs } from './helpers/tempDirs'

const tmp = tempDirs()

async function harness(): Promise<{ invoke: Invoke; dialog: TestDialogPort; workspace: string; dir: string }> {
  const sample = await tmp()
  await mkdir(join(sample, 'articles'))
  const docs = await tmp()
  const dialog = new TestDialogPort()
  const invoke = wrapHandlerTable(
    createHandlerTable({
      appDataDir: await tmp(),
      documentsDir: docs,
      sampleDir: sample,
      dialog,
      shell: { openExternal: async () => {} },
      log: captureLog(),
      syncStateDebounceMs: 10
    })
  )
  const { path } = (await invoke('workspace:info', {})) as ChannelResult<'workspace:info'>
  return { invoke, dialog, workspace: path, dir: await tmp() }
}

const agencyPhoto = buildJpeg({ segments: [xmpSegment(AGENCY_XMP), iimSegment(AGENCY_IIM)] })
const add = async (invoke: Invoke, name: string, bytes: Uint8Array) => (await invoke('photos:add', { name, bytes })) as ChannelResult<'photos:add'>

describe('photos:add', () => {
  it('copies the photo into media/ and pre-fills its credit fields (XMP over truncated IIM)', async () => {
    const { invoke, workspace } = await harness()
    const result = await add(invoke, 'Harbour Fog.JPG', agencyPhoto)
    expect(result.error).toBeUndefined()
    expect(result.added).toMatchObject({
      file: 'media/harbour-fog.jpg',
      aiGenerated: false,
      composite: false,
      thumbnail: null,
      photo: {
        file: 'media/harbour-fog.jpg',
        creditLine: 'Lena Forsberg / Nordlys Press / Polar Pictures Editorial',
        photographer: 'Lena Forsberg',
        agency: 'Nordlys Press',
        distributor: 'Polar Pictures Editorial',
        caption: 'Ferry passengers queue at the harbour in dense fog, Tuesday.',
        creator: 'Lena Forsberg ; Piotr Nowak',
        usageTerms: 'Editorial use only. No archiving.',
        licensor: 'Polar Pictures'
      }
    })
    expect(new Uint8Array(await readFile(join(workspace, 'media', 'harbour-fog.jpg')))).toEqual(agencyPhoto)
  })

  it('never overwrites: another photo of the same name gets -2; the very same photo is reused', async () => {
    const { invoke, workspace } = await harness()
    const other = buildJpeg({ segments: [xmpSegment(AI_XMP)] })
    expect((await add(invoke, 'fog.jpg', agencyPhoto)).added?.file).toBe('media/fog.jpg')
    expect((await add(invoke, 'fog.jpg', other)).added?.file).toBe('media/fog-2.jpg')
    expect((await add(invoke, 'fog.jpg', agencyPhoto)).added?.file).toBe('media/fog.jpg')
    expect((await readdir(join(workspace, 'media'))).sort()).toEqual(['fog-2.jpg', 'fog.jpg'])
    expect(new Uint8Array(await readFile(join(workspace, 'media', 'fog.jpg')))).toEqual(agencyPhoto)
  })

  it('names the file by what the bytes are, and flags AI-generated images', async () => {
    const { invoke } = await harness()
    const result = await add(invoke, '../../etc/skyline.png', buildJpeg({ segments: [xmpSegment(AI_XMP)] }))
    expect(result.added).toMatchObject({ file: 'media/skyline.jpg', aiGenerated: true, photo: { creditLine: 'Illustration: Copydesk Graphics' } })
  })

  it('returns the embedded thumbnail', async () => {
    const { invoke } = await harness()
    const thumb = buildJpeg({ width: 8, height: 8 })
    const result = await add(invoke, 'dawn.jpg', buildJpeg({ segments: [exifSegment({ Artist: 'Jonas Ek', thumbnail: thumb })] }))
    expect(result.added?.thumbnail).toEqual(thumb)
  })

  it('a non-image or a damaged photo: a plain reason, nothing written', async () => {
    const { invoke, workspace } = await harness()
    const text = await add(invoke, 'notes.jpg', new TextEncoder().encode('Photo:: AP Photo/Jane Doe\n'))
    expect(text).toEqual({ name: 'notes.jpg', error: expect.stringMatching(/^This file is not an image/) })
    const cut = await add(invoke, 'cut.jpg', agencyPhoto.subarray(0, 200))
    expect(cut.error).toMatch(/^The JPEG file is damaged/)
    expect(await readdir(join(workspace, 'media'))).toEqual([])
  })
})

describe('photos:choose', () => {
  it('asks the dialog for photos and adds each file, with a reason for the ones it cannot', async () => {
    const { invoke, dialog, dir } = await harness()
    await writeFile(join(dir, 'fog.jpeg'), agencyPhoto)
    await writeFile(join(dir, 'readme.txt'), 'not a photo')
    dialog.answerOpenFiles([join(dir, 'fog.jpeg'), join(dir, 'readme.txt'), join(dir, 'missing.jpg')])
    const { files } = (await invoke('photos:choose', {})) as ChannelResult<'photos:choose'>
    expect(dialog.openFilesCalls[0]?.purpose).toBe('photo')
    expect(dialog.openFilesCalls[0]?.filters[0]?.extensions).toContain('jpg')
    expect(files.map((f) => f.added?.file ?? f.error)).toEqual([
      'media/fog.jpeg',
      expect.stringMatching(/not an image/),
      expect.stringMatching(/^Could not be read/)
    ])
    expect(await invoke('photos:choose', {})).toEqual({ files: [] }) // cancelled
  })
})

describe('media:read', () => {
  it('serves photos in media/ with their type, nothing else', async () => {
    const { invoke, workspace } = await harness()
    await add(invoke, 'fog.jpg', agencyPhoto)
    const read = (await invoke('media:read', { file: 'media/fog.jpg' })) as ChannelResult<'media:read'>
    expect(read.mimeType).toBe('image/jpeg')
    expect(read.bytes).toEqual(agencyPhoto)
    await writeFile(join(workspace, 'media', 'notes.jpg'), 'text')
    await expect(invoke('media:read', { file: 'media/notes.jpg' })).rejects.toThrow(/not an image/)
    await expect(invoke('media:read', { file: 'copydesk.json' })).rejects.toThrow(/Only photos in media/)
    await expect(invoke('media:read', { file: 'media/../copydesk.json' })).rejects.toThrow(/inside the workspace/)
    await expect(invoke('media:read', { file: 'media/gone.jpg' })).rejects.toThrow(/not in the workspace folder/)
  })
})
