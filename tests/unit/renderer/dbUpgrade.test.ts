import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { CopydeskDB, SCHEMA_V1 } from '../../../src/renderer/src/db/CopydeskDB'

const NAME = 'copydesk-upgrade-test'

afterEach(async () => {
  await Dexie.delete(NAME)
})

describe('database upgrade v1 → v2', () => {
  it('keeps every article and derives file, trashed flag and word count', async () => {
    const v1 = new Dexie(NAME)
    v1.version(1).stores(SCHEMA_V1)
    await v1.open()
    await v1.table('articles').bulkAdd([
      { id: 'A1', slug: 'port-strike', headline: 'Port strike ends', status: 'draft', updatedAt: '2026-01-02T00:00:00.000Z' },
      { id: 'A2', slug: 'no-body', headline: '', status: 'edited', updatedAt: '2026-01-03T00:00:00.000Z' }
    ])
    await v1.table('articleDocs').add({
      id: 'A1',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Dock workers went back today.' }] }] }
    })
    v1.close()

    const db = new CopydeskDB(NAME)
    await db.open()
    expect(db.verno).toBe(2)
    const a1 = await db.articles.get('A1')
    expect(a1).toMatchObject({ headline: 'Port strike ends', file: 'articles/port-strike.md', trashed: 0, wordCount: 5, fileHash: null })
    const a2 = await db.articles.get('A2')
    expect(a2).toMatchObject({ file: 'articles/no-body.md', trashed: 0, wordCount: 0 })
    // The v2 index the library reads through works on migrated rows.
    const live = await db.articles.where('[trashed+updatedAt]').between([0, ''], [0, '\uffff']).reverse().primaryKeys()
    expect(live).toEqual(['A2', 'A1'])
    db.close()
  })
})
