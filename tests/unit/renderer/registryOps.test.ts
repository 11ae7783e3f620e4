// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Editor } from '@tiptap/core'
import { beforeEach, describe, expect, it } from 'vitest'
import type { CopydeskApi } from '../../../src/core/ipc'
import type { DocJSON, NodeJSON } from '../../../src/core/model/DocJSON'
import { collectTags } from '../../../src/core/registry/collectTags'
import { createArticle } from '../../../src/renderer/src/db/createArticle'
import { createEntity } from '../../../src/renderer/src/db/createEntity'
import { db } from '../../../src/renderer/src/db/db'
import { createExtensions } from '../../../src/renderer/src/editor/createExtensions'
import { deleteEntity } from '../../../src/renderer/src/registry/deleteEntity'
import { articlesReferring } from '../../../src/renderer/src/registry/editArticlesMarks'
import { mergeEntity } from '../../../src/renderer/src/registry/mergeEntity'
import { updateEntity } from '../../../src/renderer/src/registry/updateEntity'
import { tempDirs } from '../services/helpers/tempDirs'
import { makeApi } from './helpers/makeApi'

const tmp = tempDirs()


const t = (text: string, ...marks: NodeJSON['marks'] & object): NodeJSON => (marks.length ? { type: 'text', text, marks } : { type: 'text', text })
const person = (entityId: string) => ({ type: 'entity', attrs: { entityId, type: 'person' } })
const quote = (quoteId: string, speakerId: string | null) => ({
  type: 'quote',
  attrs: { quoteId, speakerId, sourceId: null, kind: 'direct', verified: false }
})
const body = (...content: NodeJSON[]): DocJSON => ({ type: 'doc', content: [{ type: 'paragraph', content }] })
const parsed = (headline: string, doc: DocJSON) => ({ headline, body: doc, photos: [], sources: [], custom: {}, extra: {} })

async function bodyOf(id: string): Promise<DocJSON> {
  return (await db.articleDocs.get(id))!.body
}

describe('registry operations across articles', () => {
  let api: CopydeskApi
  let workspace: string
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()))
    ;({ api, workspace } = await makeApi(tmp))
  })

  it('merging re-points tags and quote speakers in every article, keeps the loser file with mergedInto', async () => {
    const keeper = await createEntity(api, 'Mara Lindqvist', 'person')
    const loser = await createEntity(api, 'Mara Lindkvist', 'person')
    const a = await createArticle(parsed('Dockers walk out', body(t('Mara Lindkvist', person(loser.id)), t(' said: '), t('“We stay.”', quote('01JZQA0000000000000000000A', loser.id)))), 'import')
    const b = await createArticle(parsed('Port reopens', body(t('Lindqvist', person(keeper.id)), t(' and '), t('Mara Lindkvist', person(loser.id)))), 'import')
    expect((await articlesReferring(loser.id)).sort()).toEqual([a, b].sort())

    const changed = await mergeEntity(api, loser.id, keeper.id, null)

    expect(changed).toBe(2)
    for (const id of [a, b]) {
      const tags = collectTags(await bodyOf(id))
      expect([...tags.mentions.keys()]).toEqual([keeper.id])
      for (const q of tags.quotes) expect(q.speakerId).toBe(keeper.id)
    }
    expect(await articlesReferring(loser.id)).toEqual([])
    expect((await db.quotes.where('speakerId').equals(keeper.id).toArray()).map((q) => q.text)).toEqual(['“We stay.”'])
    const keeperYaml = await readFile(join(workspace, 'entities', `${keeper.id}.yaml`), 'utf8')
    expect(keeperYaml).toContain('Mara Lindkvist')
    expect(await readFile(join(workspace, 'entities', `${loser.id}.yaml`), 'utf8')).toContain(`mergedInto: ${keeper.id}`)
    // Both articles were written to the folder with the new ids.
    const files = await readdir(join(workspace, 'articles'))
    const texts = await Promise.all(files.map((f) => readFile(join(workspace, 'articles', f), 'utf8')))
    expect(texts.filter((x) => x.includes(`entity="${keeper.id}"`))).toHaveLength(2)
    expect(texts.some((x) => x.includes(`entity="${loser.id}"`))).toBe(false)
  })

  it('merging reaches the open article through its editor, as one undoable step', async () => {
    const keeper = await createEntity(api, 'Ola Berg', 'person')
    const loser = await createEntity(api, 'O. Berg', 'person')
    const id = await createArticle(parsed('H', body(t('O. Berg', person(loser.id)), t(' spoke.'))), 'import')
    const editor = new Editor({ extensions: createExtensions(), content: await bodyOf(id) })
    await mergeEntity(api, loser.id, keeper.id, { id, editor })
    expect(JSON.stringify(editor.getJSON())).toContain(keeper.id)
    expect(JSON.stringify(editor.getJSON())).not.toContain(`"${loser.id}"`)
    editor.commands.undo()
    expect(JSON.stringify(editor.getJSON())).toContain(loser.id)
    editor.destroy()
  })

  it('deleting removes the tags but keeps the words, clears quote speakers, and moves the file to .trash', async () => {
    const e = await createEntity(api, 'Harbour Board', 'organization')
    const id = await createArticle(
      parsed('H', body(t('Harbour Board', { type: 'entity', attrs: { entityId: e.id, type: 'organization' } }), t(': '), t('“No.”', quote('01JZQA0000000000000000000B', e.id)))),
      'import'
    )
    await deleteEntity(api, e.id, null)
    const doc = await bodyOf(id)
    expect(JSON.stringify(doc)).toContain('Harbour Board')
    const tags = collectTags(doc)
    expect(tags.mentions.size).toBe(0)
    expect(tags.quotes[0]!.speakerId).toBeNull()
    expect(await db.entities.get(e.id)).toBeUndefined()
    expect(await readdir(join(workspace, '.trash', 'entities'))).toEqual([`${e.id}.yaml`])
  })

  it('editing writes the file; a new type re-colours the tags; a bad Wikidata id is refused', async () => {
    const e = await createEntity(api, 'Kirkvik', 'person')
    const id = await createArticle(parsed('H', body(t('Kirkvik', person(e.id)))), 'import')
    await updateEntity(api, e.id, { type: 'place', aliases: ['Kirkvik town', 'Kirkvik'], description: 'Fishing port', wikidata: 'q123' }, null)
    const row = (await db.entities.get(e.id))!
    expect(row).toMatchObject({ type: 'place', aliases: ['Kirkvik town'], description: 'Fishing port', wikidata: 'Q123' })
    expect(await readFile(join(workspace, 'entities', `${e.id}.yaml`), 'utf8')).toContain('Fishing port')
    expect(JSON.stringify(await bodyOf(id))).toContain('"type":"place"')
    await expect(updateEntity(api, e.id, { wikidata: 'wd:123' }, null)).rejects.toThrow(/Q42/)
  })
})
