// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { CopydeskApi } from '../../../src/core/ipc'
import type { DocJSON } from '../../../src/core/model/DocJSON'
import { docToPlainText } from '../../../src/core/model/docToPlainText'
import { createArticle } from '../../../src/renderer/src/db/createArticle'
import { createEntity } from '../../../src/renderer/src/db/createEntity'
import { loadRegistry } from '../../../src/renderer/src/sync/loadRegistry'
import { db } from '../../../src/renderer/src/db/db'
import { resolveConflict } from '../../../src/renderer/src/db/resolveConflict'
import { saveArticleBody } from '../../../src/renderer/src/db/saveArticleBody'
import { trashArticle } from '../../../src/renderer/src/db/trashArticle'
import { onOutsideChange } from '../../../src/renderer/src/sync/outsideChanges'
import { flushOutbox } from '../../../src/renderer/src/sync/flushOutbox'
import { runSync } from '../../../src/renderer/src/sync/runSync'
import { syncStatus } from '../../../src/renderer/src/sync/syncStatus'
import { setUnsavedTypingProbe } from '../../../src/renderer/src/sync/unsavedTyping'
import { tempDirs } from '../services/helpers/tempDirs'
import { makeApi } from './helpers/makeApi'

const tmp = tempDirs()


const paras = (...texts: string[]): DocJSON => ({ type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) })
const parsed = (headline: string, doc: DocJSON) => ({ headline, body: doc, photos: [], sources: [], custom: {}, extra: {} })
const textOf = async (id: string): Promise<string> => docToPlainText((await db.articleDocs.get(id))!.body)

describe('the renderer store synced with the workspace folder through main', () => {
  let api: CopydeskApi
  let workspace: string
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()))
    ;({ api, workspace } = await makeApi(tmp))
    setUnsavedTypingProbe(null)
  })

  it('an article saved in the app is written to the folder, and the outbox empties', async () => {
    const id = await createArticle(parsed('Harbour dredging starts', paras('Dredgers arrived on Tuesday.')), 'created')
    await runSync(api)
    const row = (await db.articles.get(id))!
    expect(await db.outbox.count()).toBe(0)
    expect(row.fileHash).not.toBeNull()
    const text = await readFile(join(workspace, row.file), 'utf8')
    expect(text).toContain(`id: ${id}`)
    expect(text).toContain('Dredgers arrived on Tuesday.')
  })

  it('after an autosave the edit takes the fast path to its file; a full run only when something needs one', async () => {
    const id = await createArticle(parsed('Harbour dredging starts', paras('Dredgers arrived on Tuesday.')), 'created')
    let fullRuns = 0
    const counting: CopydeskApi = {
      ...api,
      sync: {
        ...api.sync,
        run: (args) => {
          fullRuns++
          return api.sync.run(args)
        }
      }
    }
    await flushOutbox(counting) // a new article: only a full run can name and create its file
    expect(fullRuns).toBe(1)
    const row = (await db.articles.get(id))!
    await saveArticleBody(id, row.headline, paras('Dredgers arrived on Tuesday night.'))
    await flushOutbox(counting)
    expect(fullRuns).toBe(1)
    expect(await db.outbox.count()).toBe(0)
    expect(await readFile(join(workspace, row.file), 'utf8')).toContain('Dredgers arrived on Tuesday night.')
    // Someone changed the file meanwhile: the fast path leaves it, the full run merges.
    await writeFile(join(workspace, row.file), (await readFile(join(workspace, row.file), 'utf8')).replace('Harbour dredging starts', 'Harbour dredging starts early'))
    await saveArticleBody(id, row.headline, paras('Dredgers arrived on Tuesday night, two days early.'))
    await flushOutbox(counting)
    expect(fullRuns).toBe(2)
    const text = await readFile(join(workspace, row.file), 'utf8')
    expect(text).toContain('headline: Harbour dredging starts early')
    expect(text).toContain('two days early.')
  })

  it('a change made in the folder replaces the stored text, keeps a revision and tells the open editor', async () => {
    const id = await createArticle(parsed('Ferry timetable', paras('Boats leave at six.', 'The last boat is at ten.')), 'created')
    await runSync(api)
    const file = join(workspace, (await db.articles.get(id))!.file)
    await writeFile(file, (await readFile(file, 'utf8')).replace('at ten', 'at eleven'))
    const told: string[] = []
    const off = onOutsideChange((ids) => told.push(...ids))
    await runSync(api)
    off()
    expect(await textOf(id)).toContain('The last boat is at eleven.')
    expect(told).toEqual([id])
    const revisions = await db.revisions.where('articleId').equals(id).toArray()
    expect(revisions.map((r) => r.reason)).toContain('outside-change')
  })

  it('edits on both sides of different paragraphs merge; of the same paragraph make a conflict copy that can be settled', async () => {
    const id = await createArticle(parsed('Council budget', paras('The council met on Monday.', 'It approved the budget.')), 'created')
    await runSync(api)
    const row = (await db.articles.get(id))!
    const file = join(workspace, row.file)

    // Different paragraphs: both edits land.
    await writeFile(file, (await readFile(file, 'utf8')).replace('met on Monday', 'met late on Monday'))
    await saveArticleBody(id, row.headline, paras('The council met on Monday.', 'It approved the budget unanimously.'))
    await runSync(api)
    expect(await textOf(id)).toBe('The council met late on Monday.\n\nIt approved the budget unanimously.')
    expect(await readFile(file, 'utf8')).toContain('It approved the budget unanimously.')

    // The same sentence: the app's version stays, the folder's becomes a conflict copy.
    await writeFile(file, (await readFile(file, 'utf8')).replace('approved the budget unanimously', 'rejected the budget'))
    await saveArticleBody(id, row.headline, paras('The council met late on Monday.', 'It approved the budget after a vote.'))
    await runSync(api)
    expect(await textOf(id)).toContain('It approved the budget after a vote.')
    const copies = await db.articles.where('conflictOf').equals(id).toArray()
    expect(copies).toHaveLength(1)
    expect(await textOf(copies[0]!.id)).toContain('It rejected the budget.')
    expect(await readFile(file, 'utf8')).toContain('It approved the budget after a vote.')
    expect(await readFile(join(workspace, copies[0]!.file), 'utf8')).toContain(`conflictOf: ${id}`)

    await resolveConflict(api, copies[0]!.id, 'theirs')
    expect(await textOf(id)).toContain('It rejected the budget.')
    expect((await db.articles.get(copies[0]!.id))!.trashed).toBe(1)
    expect(await readFile(file, 'utf8')).toContain('It rejected the budget.')
    expect(await readdir(join(workspace, '.trash', 'articles'))).toContain(copies[0]!.file.replace(/^.*\//, ''))
    // Mine is not lost: it is a revision.
    const revisions = await db.revisions.where('articleId').equals(id).toArray()
    expect(revisions.some((r) => docToPlainText(r.body).includes('after a vote'))).toBe(true)
  })

  it('never replaces text the editor has not saved yet; the next run merges it', async () => {
    const id = await createArticle(parsed('Rail strike', paras('Trains stopped at noon.', 'Talks resume on Friday.')), 'created')
    await runSync(api)
    const row = (await db.articles.get(id))!
    const file = join(workspace, row.file)
    await writeFile(file, (await readFile(file, 'utf8')).replace('Talks resume on Friday.', 'Talks resume on Thursday.'))
    let typing = true
    setUnsavedTypingProbe((aid) => aid === id && typing)
    await runSync(api)
    expect(await textOf(id)).toBe('Trains stopped at noon.\n\nTalks resume on Friday.')
    // The autosave lands; the next run merges the folder's change with it.
    typing = false
    await saveArticleBody(id, row.headline, paras('Trains stopped at noon sharp.', 'Talks resume on Friday.'))
    await runSync(api)
    expect(await textOf(id)).toBe('Trains stopped at noon sharp.\n\nTalks resume on Thursday.')
    expect(await readFile(file, 'utf8')).toContain('Trains stopped at noon sharp.')
  })

  it('a wiped store is rebuilt from the folder and pushes nothing outward; trashing moves the file', async () => {
    const a = await createArticle(parsed('Bridge closed', paras('The bridge closed at dawn.')), 'created')
    const b = await createArticle(parsed('Bridge reopens', paras('It reopened at noon.')), 'created')
    await runSync(api)
    const before = (await readdir(join(workspace, 'articles'))).sort()
    await Promise.all(db.tables.map((table) => table.clear()))
    await runSync(api)
    expect((await db.articles.toArray()).map((r) => r.id).sort()).toEqual([a, b].sort())
    expect((await readdir(join(workspace, 'articles'))).sort()).toEqual(before)
    expect(syncStatus.get().paused).toBeNull()

    await trashArticle(api, a)
    const row = (await db.articles.get(a))!
    expect(row.file.startsWith('.trash/articles/')).toBe(true)
    expect(await readdir(join(workspace, '.trash', 'articles'))).toHaveLength(1)
    expect(await readdir(join(workspace, 'articles'))).toHaveLength(1)
  })

  it('registry changes from another device arrive: new and changed entities in, deleted ones out', async () => {
    const kept = await createEntity(api, 'Sigrid Holt', 'person')
    const dropped = await createEntity(api, 'Ola Fjeld', 'person')
    await writeFile(join(workspace, 'entities', 'storholm.yaml'), 'type: place\nname: Storholm\n')
    await writeFile(join(workspace, 'entities', `${kept.id}.yaml`), 'type: person\nname: Sigrid Holt\naliases: [Holt]\n')
    await mkdir(join(workspace, '.trash', 'entities'), { recursive: true })
    await rename(join(workspace, 'entities', `${dropped.id}.yaml`), join(workspace, '.trash', 'entities', `${dropped.id}.yaml`))
    await loadRegistry(api)
    expect((await db.entities.get('storholm'))?.name).toBe('Storholm')
    expect((await db.entities.get(kept.id))?.aliases).toEqual(['Holt'])
    expect(await db.entities.get(dropped.id)).toBeUndefined()
  })
})
