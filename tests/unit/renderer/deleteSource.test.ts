// @vitest-environment jsdom
import 'fake-indexeddb/auto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Editor } from '@tiptap/core'
import { beforeEach, describe, expect, it } from 'vitest'
import type { CopydeskApi } from '../../../src/core/ipc'
import type { DocJSON, MarkJSON, NodeJSON } from '../../../src/core/model/DocJSON'
import { createArticle } from '../../../src/renderer/src/db/createArticle'
import { db } from '../../../src/renderer/src/db/db'
import { trashArticle } from '../../../src/renderer/src/db/trashArticle'
import { createExtensions } from '../../../src/renderer/src/editor/createExtensions'
import { articlesUsingSource } from '../../../src/renderer/src/sources/articlesUsingSource'
import { createSource } from '../../../src/renderer/src/sources/createSource'
import { deleteSource } from '../../../src/renderer/src/sources/deleteSource'
import { flushOutbox } from '../../../src/renderer/src/sync/flushOutbox'
import { tempDirs } from '../services/helpers/tempDirs'
import { makeApi } from './helpers/makeApi'

const tmp = tempDirs()


const t = (text: string, ...marks: MarkJSON[]): NodeJSON => (marks.length ? { type: 'text', text, marks } : { type: 'text', text })
const attribution = (sourceId: string): MarkJSON => ({ type: 'attribution', attrs: { sourceId } })
const quote = (quoteId: string, sourceId: string | null): MarkJSON => ({
  type: 'quote',
  attrs: { quoteId, speakerId: null, sourceId, kind: 'indirect', verified: false }
})
const body = (...content: NodeJSON[]): DocJSON => ({ type: 'doc', content: [{ type: 'paragraph', content }] })
const parsed = (headline: string, doc: DocJSON, sources: string[] = []) => ({ headline, body: doc, photos: [], sources, custom: {}, extra: {} })

/** Every mark in a document, as type:attribute-of-interest. */
function marksIn(doc: DocJSON): string[] {
  const out: string[] = []
  const visit = (n: NodeJSON): void => {
    for (const m of n.marks ?? []) out.push(`${m.type}:${String(m.attrs?.sourceId ?? '')}`)
    n.content?.forEach(visit)
  }
  doc.content.forEach(visit)
  return out
}

describe('deleting a source from the registry', () => {
  let api: CopydeskApi
  let workspace: string
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()))
    ;({ api, workspace } = await makeApi(tmp))
  })

  it('detaches it, removes its attribution tags (the words stay), clears it on quotes, and moves its file to .trash/sources', async () => {
    const reuters = await createSource(api, { name: 'Reuters', type: 'wire' })
    const gazette = await createSource(api, { name: 'Harbour Gazette', type: 'website' })
    const attached = await createArticle(
      parsed('Crews walk out', body(t('Crews walked out, '), t('Reuters reports', attribution(reuters.id)), t('. '), t('Talks failed', quote('01JZQSRC000000000000000001', reuters.id))), [reuters.id, gazette.id]),
      'import'
    )
    const taggedOnly = await createArticle(parsed('Port shut', body(t('The port shut, '), t('Reuters says', attribution(reuters.id)), t('.'))), 'import')
    const other = await createArticle(parsed('Ferry late', body(t('Late, '), t('the Gazette says', attribution(gazette.id))), [gazette.id]), 'import')
    const trashed = await createArticle(parsed('Old draft', body(t('Reuters reports', attribution(reuters.id))), [reuters.id]), 'import')
    await flushOutbox(api)
    await trashArticle(api, trashed)

    expect((await articlesUsingSource(reuters.id)).sort()).toEqual([attached, taggedOnly].sort())

    expect(await deleteSource(api, reuters.id, null)).toBe(2)

    const a = (await db.articles.get(attached))!
    expect(a.sources).toEqual([gazette.id])
    const aBody = (await db.articleDocs.get(attached))!.body
    expect(JSON.stringify(aBody)).toContain('Reuters reports')
    expect(marksIn(aBody)).toEqual(['quote:'])
    expect(marksIn((await db.articleDocs.get(taggedOnly))!.body)).toEqual([])
    expect(marksIn((await db.articleDocs.get(other))!.body)).toEqual([`attribution:${gazette.id}`])
    expect((await db.quotes.where('articleId').equals(attached).first())?.sourceId).toBeNull()
    // The trash is left as it was (as an entity's deletion leaves it).
    expect((await db.articles.get(trashed))!.sources).toEqual([reuters.id])

    expect(await db.sources.get(reuters.id)).toBeUndefined()
    expect(await readdir(join(workspace, 'sources'))).toEqual([`${gazette.id}.yaml`])
    expect(await readFile(join(workspace, '.trash', 'sources', `${reuters.id}.yaml`), 'utf8')).toBe('type: wire\nname: Reuters\n')
    // The articles' files followed.
    const files = await Promise.all((await readdir(join(workspace, 'articles'))).map((f) => readFile(join(workspace, 'articles', f), 'utf8')))
    expect(files.filter((f) => f.includes(`source="${reuters.id}"`) || f.includes(`sources: [${reuters.id}`))).toEqual([])
    expect(files.find((f) => f.includes('Crews walk out'))).toContain(`sources: [${gazette.id}]`)
  })

  it('reaches the open article through its editor, as one undoable step', async () => {
    const s = await createSource(api, { name: 'NTB', type: 'wire' })
    const id = await createArticle(parsed('H', body(t('Quiet night, '), t('NTB reports', attribution(s.id))), [s.id]), 'import')
    const editor = new Editor({ extensions: createExtensions(), content: (await db.articleDocs.get(id))!.body })
    expect(await deleteSource(api, s.id, { id, editor })).toBe(1)
    expect(JSON.stringify(editor.getJSON())).not.toContain('attribution')
    expect(editor.getText()).toBe('Quiet night, NTB reports')
    expect((await db.articles.get(id))!.sources).toEqual([])
    editor.commands.undo()
    expect(JSON.stringify(editor.getJSON())).toContain('"attribution"')
    editor.destroy()
  })

  it('a source used nowhere just goes; one changed by another tool is reloaded, not deleted', async () => {
    const unused = await createSource(api, { name: 'Wire Desk', type: 'wire' })
    expect(await articlesUsingSource(unused.id)).toEqual([])
    expect(await deleteSource(api, unused.id, null)).toBe(0)
    expect(await readdir(join(workspace, '.trash', 'sources'))).toEqual([`${unused.id}.yaml`])

    const s = await createSource(api, { name: 'Harbour Gazette', type: 'website' })
    await writeFile(join(workspace, 'sources', `${s.id}.yaml`), 'type: website\nname: Harbour Gazette (edited outside)\n')
    await expect(deleteSource(api, s.id, null)).rejects.toThrow(/changed in the workspace folder by another tool/)
    expect(await readFile(join(workspace, 'sources', `${s.id}.yaml`), 'utf8')).toContain('edited outside')
    expect((await db.sources.get(s.id))?.name).toBe('Harbour Gazette (edited outside)')
  })
})
