// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { CopydeskApi } from '../../../src/core/ipc'
import { appendPhotos, updatePhoto } from '../../../src/renderer/src/db/appendPhotos'
import { editArticleMeta } from '../../../src/renderer/src/db/editArticleMeta'
import { createArticle } from '../../../src/renderer/src/db/createArticle'
import { db } from '../../../src/renderer/src/db/db'
import { searchSources } from '../../../src/renderer/src/db/searchSources'
import { attachSource, detachSource } from '../../../src/renderer/src/sources/attachSource'
import { createSource } from '../../../src/renderer/src/sources/createSource'
import { updateSource } from '../../../src/renderer/src/sources/updateSource'
import { loadSources } from '../../../src/renderer/src/sync/loadSources'
import { tempDirs } from '../services/helpers/tempDirs'
import { makeApi } from './helpers/makeApi'

const tmp = tempDirs()


const parsed = (headline: string) => ({
  headline,
  body: { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Crews walked out, Reuters reports.' }] }] },
  photos: [],
  sources: [],
  custom: {},
  extra: {}
})

describe('the source registry in the store and the folder', () => {
  let api: CopydeskApi
  let workspace: string
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()))
    ;({ api, workspace } = await makeApi(tmp))
  })

  it('creates sources with readable unique ids, never over another tool’s file', async () => {
    await writeFile(join(workspace, 'sources', 'reuters.yaml'), 'type: wire\nname: Reuters (old)\n')
    const s = await createSource(api, { name: '  Reuters ', type: 'wire' })
    expect(s).toEqual({ id: 'reuters-2', type: 'wire', name: 'Reuters' })
    expect(await readFile(join(workspace, 'sources', 'reuters-2.yaml'), 'utf8')).toBe('type: wire\nname: Reuters\n')
    expect(await readFile(join(workspace, 'sources', 'reuters.yaml'), 'utf8')).toContain('(old)')
    expect((await searchSources('reu')).map((r) => r.id)).toEqual(['reuters-2'])
  })

  it('edits write the file; bad URLs and dates are refused; an outside edit is not overwritten', async () => {
    const s = await createSource(api, { name: 'Harbour Gazette', type: 'website' })
    await updateSource(api, s.id, { url: 'https://gazette.example', contact: ' desk@gazette.example ', accessDate: '2026-03-04', notes: 'Local paper.\n' })
    expect(await readFile(join(workspace, 'sources', 'harbour-gazette.yaml'), 'utf8')).toBe(
      'type: website\nname: Harbour Gazette\nurl: https://gazette.example\ncontact: desk@gazette.example\nnotes: Local paper.\naccessDate: 2026-03-04\n'
    )
    await updateSource(api, s.id, { contact: '' })
    expect((await db.sources.get(s.id))?.contact).toBeUndefined()
    await expect(updateSource(api, s.id, { url: 'javascript:alert(1)' })).rejects.toThrow(/http/)
    await expect(updateSource(api, s.id, { accessDate: 'March' })).rejects.toThrow(/YYYY-MM-DD/)
    await writeFile(join(workspace, 'sources', 'harbour-gazette.yaml'), 'type: website\nname: Harbour Gazette (edited outside)\n')
    await expect(updateSource(api, s.id, { notes: 'mine' })).rejects.toThrow(/changed in the workspace folder/)
    expect((await db.sources.get(s.id))?.name).toBe('Harbour Gazette (edited outside)')
  })

  it('loads the folder’s sources at start, reports unreadable files, forgets deleted ones', async () => {
    await writeFile(join(workspace, 'sources', 'tass.yaml'), 'type: wire\nname: TASS\n')
    await writeFile(join(workspace, 'sources', 'broken.yaml'), 'type: rumour\nname: X\n')
    const first = await loadSources(api)
    expect(first.loaded).toBe(1)
    expect(first.unreadable).toEqual([{ file: 'sources/broken.yaml', error: 'sources/broken.yaml: unknown type "rumour"' }])
    expect((await loadSources(api)).loaded).toBe(0) // unchanged files are not read again
    await rm(join(workspace, 'sources', 'tass.yaml'))
    await loadSources(api)
    expect(await db.sources.get('tass')).toBeUndefined()
  })

  it('attaches and detaches sources to an article, once each, and writes its front matter', async () => {
    const id = await createArticle(parsed('Crews walk out'), 'import')
    const s = await createSource(api, { name: 'Reuters', type: 'wire' })
    await Promise.all([attachSource(id, s.id), attachSource(id, s.id), attachSource(id, 'nrk')])
    expect((await db.articles.get(id))?.sources.sort()).toEqual(['nrk', 'reuters'])
    await detachSource(id, 'nrk')
    expect((await db.articles.get(id))?.sources).toEqual(['reuters'])
    expect(await db.outbox.get(id)).toBeDefined()
  })
})

describe('photos of an article in the store', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()))
  })

  it('appends new photos (a file only once), edits one by index and file, removes it', async () => {
    const id = await createArticle(parsed('H'), 'import')
    expect(await appendPhotos(id, [{ file: 'media/a.jpg', creditLine: 'AP Photo/Jane Doe', agency: 'AP' }, { creditLine: 'Handout' }])).toBe(2)
    expect(await appendPhotos(id, [{ file: 'media/a.jpg', creditLine: 'again' }])).toBe(0)
    await updatePhoto(id, 0, 'media/a.jpg', { caption: 'Dockers on the quay.', agency: '', altText: '  ' })
    expect((await db.articles.get(id))?.photos[0]).toEqual({ file: 'media/a.jpg', creditLine: 'AP Photo/Jane Doe', caption: 'Dockers on the quay.' })
    await expect(updatePhoto(id, 1, 'media/a.jpg', { caption: 'x' })).rejects.toThrow(/no longer in the article/)
    await updatePhoto(id, 0, 'media/a.jpg', null)
    expect((await db.articles.get(id))?.photos).toEqual([{ creditLine: 'Handout' }])
  })
})

describe('metadata edits made from the stored value', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()))
  })

  it('two quick edits of one group or list never lose one another, and reach the outbox', async () => {
    const id = await createArticle(parsed('H'), 'import')
    await Promise.all([
      editArticleMeta(id, (r) => ({ dateline: { ...r.dateline, place: 'ROTTERDAM' } })),
      editArticleMeta(id, (r) => ({ dateline: { ...r.dateline, date: '2026-03-04' } })),
      editArticleMeta(id, (r) => ({ bylines: [...(r.bylines ?? []), 'Ines Kovač'] })),
      editArticleMeta(id, (r) => ({ bylines: [...(r.bylines ?? []), 'Piet Aalders'] }))
    ])
    const row = (await db.articles.get(id))!
    expect(row.dateline).toEqual({ place: 'ROTTERDAM', date: '2026-03-04' })
    expect(row.bylines).toEqual(['Ines Kovač', 'Piet Aalders'])
    expect(await db.outbox.get(id)).toBeDefined()
    await expect(editArticleMeta('nope', () => ({ standfirst: 'x' }))).rejects.toThrow(/no longer exists/)
  })
})
