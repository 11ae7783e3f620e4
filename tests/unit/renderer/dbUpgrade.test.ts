import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { CopydeskDB, SCHEMA_V1, SCHEMA_V3 } from '../../../src/renderer/src/db/CopydeskDB'

const NAME = 'copydesk-upgrade-test'

afterEach(async () => {
  await Dexie.delete(NAME)
})

describe('database upgrade v1 → current', () => {
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
    expect(db.verno).toBe(5)
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

describe('derived indexes', () => {
  it('rebuild mentions and quotes from the body in the save transaction', async () => {
    const { createArticle } = await import('../../../src/renderer/src/db/createArticle')
    const { saveArticleBody } = await import('../../../src/renderer/src/db/saveArticleBody')
    const { db } = await import('../../../src/renderer/src/db/db')
    const quote = { type: 'quote', attrs: { quoteId: 'Q1', speakerId: 'ines-kovac', sourceId: null, kind: 'direct', verified: false } }
    const person = { type: 'entity', attrs: { entityId: 'ines-kovac', type: 'person' } }
    const id = await createArticle(
      {
        headline: 'Harbour',
        body: {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Kovač', marks: [person] }, { type: 'text', text: ' said: ' }, { type: 'text', text: '“We acted.', marks: [quote] }] },
            { type: 'paragraph', content: [{ type: 'text', text: '“And again.”', marks: [quote] }, { type: 'text', text: ' Kovač', marks: [person] }] }
          ]
        },
        photos: [],
        sources: [],
        custom: {},
        extra: {}
      },
      'import'
    )
    expect(await db.mentions.where('entityId').equals('ines-kovac').toArray()).toMatchObject([{ articleId: id, count: 2 }])
    expect(await db.quotes.where('speakerId').equals('ines-kovac').toArray()).toMatchObject([{ articleId: id, quoteId: 'Q1', text: '“We acted. “And again.”', verified: 0 }])
    await saveArticleBody(id, 'Harbour', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'untagged' }] }] })
    expect(await db.mentions.where('articleId').equals(id).count()).toBe(0)
    expect(await db.quotes.where('articleId').equals(id).count()).toBe(0)
  })

  it('v3 → v5 keeps articles and entities, adds an empty, searchable sources table, conflict copies by conflictOf and the sync log', async () => {
    const v3 = new Dexie(NAME)
    v3.version(3).stores(SCHEMA_V3)
    await v3.open()
    await v3.table('articles').add({ id: 'A1', slug: 's', file: 'articles/s.md', trashed: 0, updatedAt: '2026-01-02T00:00:00.000Z', headline: 'H' })
    await v3.table('entities').add({ id: 'reuters', type: 'organization', name: 'Reuters', aliases: [], keys: ['reuters'], fileHash: null })
    v3.close()

    const db = new CopydeskDB(NAME)
    await db.open()
    expect(db.verno).toBe(5)
    expect(await db.articles.get('A1')).toMatchObject({ headline: 'H' })
    await db.articles.add({ id: 'C1', slug: 'c', file: 'articles/c.md', trashed: 0, updatedAt: '2026-01-03T00:00:00.000Z', headline: 'H', conflictOf: 'A1' } as never)
    expect(await db.articles.where('conflictOf').equals('A1').primaryKeys()).toEqual(['C1'])
    await db.syncLog.add({ at: '2026-01-03T00:00:00.000Z', level: 'info', text: 'Merged' })
    expect(await db.syncLog.count()).toBe(1)
    expect(await db.entities.get('reuters')).toMatchObject({ name: 'Reuters' })
    expect(await db.sources.count()).toBe(0)
    await db.sources.add({ id: 'reuters', type: 'wire', name: 'Reuters', keys: ['reuters'], fileHash: null })
    expect(await db.sources.where('keys').startsWith('reu').primaryKeys()).toEqual(['reuters'])
    db.close()
  })
})
