// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { CopydeskApi } from '../../../src/core/ipc'
import type { Photo } from '../../../src/core/model/Article'
import { appendPhotos, updatePhoto } from '../../../src/renderer/src/db/appendPhotos'
import { createArticle } from '../../../src/renderer/src/db/createArticle'
import { db } from '../../../src/renderer/src/db/db'
import { trashArticle } from '../../../src/renderer/src/db/trashArticle'
import { findUnusedMedia } from '../../../src/renderer/src/media/findUnusedMedia'
import { trashUnusedMedia } from '../../../src/renderer/src/media/trashUnusedMedia'
import { flushOutbox } from '../../../src/renderer/src/sync/flushOutbox'
import { tempDirs } from '../services/helpers/tempDirs'
import { makeApi } from './helpers/makeApi'

const tmp = tempDirs()


const photo = (file: string): Photo => ({ file, creditLine: 'AP Photo/Jane Doe' })
const parsed = (headline: string, photos: Photo[]) => ({
  headline,
  body: { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: headline }] }] },
  photos,
  sources: [],
  custom: {},
  extra: {}
})

describe('unused media', () => {
  let api: CopydeskApi
  let workspace: string
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()))
    ;({ api, workspace } = await makeApi(tmp))
    for (const name of ['fog.jpg', 'quay.jpg', 'pier.jpg', 'stray.jpg']) await writeFile(join(workspace, 'media', name), name)
  })

  it('are the media files no article uses, in the library or the trash; a removed photo joins them', async () => {
    const ferry = await createArticle(parsed('Ferry late', [photo('media/fog.jpg'), photo('media/quay.jpg')]), 'import')
    const other = await createArticle(parsed('Quay works', []), 'import')
    await appendPhotos(other, [photo('media/quay.jpg')])
    const draft = await createArticle(parsed('Old draft', [photo('media/pier.jpg')]), 'import')
    await flushOutbox(api)
    await trashArticle(api, draft)

    expect((await findUnusedMedia(api)).map((f) => f.file)).toEqual(['media/stray.jpg'])
    await updatePhoto(ferry, 0, 'media/fog.jpg', null)
    await updatePhoto(ferry, 0, 'media/quay.jpg', null)
    // quay.jpg is still in the other article.
    expect(await findUnusedMedia(api)).toEqual([
      { file: 'media/fog.jpg', size: 7 },
      { file: 'media/stray.jpg', size: 9 }
    ])
  })

  it('move to .trash/media once the article without the photo is saved; a file used again meanwhile is kept', async () => {
    const ferry = await createArticle(parsed('Ferry late', [photo('media/fog.jpg')]), 'import')
    await flushOutbox(api)
    await updatePhoto(ferry, 0, 'media/fog.jpg', null)
    // The removal has not reached the folder yet: trashUnusedMedia writes it first, so main agrees.
    const result = await trashUnusedMedia(api, ['media/fog.jpg', 'media/stray.jpg'])
    expect(result).toEqual({
      moved: [
        { file: 'media/fog.jpg', to: '.trash/media/fog.jpg' },
        { file: 'media/stray.jpg', to: '.trash/media/stray.jpg' }
      ],
      kept: []
    })
    expect((await readdir(join(workspace, '.trash', 'media'))).sort()).toEqual(['fog.jpg', 'stray.jpg'])

    await appendPhotos(ferry, [photo('media/pier.jpg')])
    expect(await trashUnusedMedia(api, ['media/pier.jpg'])).toEqual({ moved: [], kept: [{ file: 'media/pier.jpg', reason: 'used by an article again' }] })
    expect((await readdir(join(workspace, 'media'))).sort()).toEqual(['pier.jpg', 'quay.jpg'])
  })
})
