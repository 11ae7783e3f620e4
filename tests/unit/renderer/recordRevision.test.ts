import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import type { DocJSON } from '../../../src/core/model/DocJSON'
import { db } from '../../../src/renderer/src/db/db'
import { recordRevision, REVISION_WINDOW_MS } from '../../../src/renderer/src/db/recordRevision'

const doc = (text: string): DocJSON => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })

async function revisions(): Promise<{ reason: string; text: string }[]> {
  const rows = await db.revisions.where('articleId').equals('A').sortBy('createdAt')
  return rows.map((r) => ({ reason: r.reason, text: (r.body.content[0]!.content![0]!.text as string) ?? '' }))
}

beforeEach(async () => {
  await db.revisions.clear()
})

describe('coalesced revisions', () => {
  it('folds edits within the window into one revision and opens a new one after it', async () => {
    const t0 = new Date('2026-03-01T08:00:00Z')
    const at = (ms: number): Date => new Date(t0.getTime() + ms)
    await db.transaction('rw', db.revisions, async () => {
      await recordRevision('A', 'H', doc('wire copy'), 'import', t0)
      await recordRevision('A', 'H', doc('edit one'), 'edit', at(1000))
      await recordRevision('A', 'H', doc('edit two'), 'edit', at(60_000))
      await recordRevision('A', 'H', doc('edit three'), 'edit', at(1000 + REVISION_WINDOW_MS + 1))
    })
    expect(await revisions()).toEqual([
      { reason: 'import', text: 'wire copy' },
      { reason: 'edit', text: 'edit two' },
      { reason: 'edit', text: 'edit three' }
    ])
  })

  it('never folds an edit into a status-change revision', async () => {
    const t0 = new Date('2026-03-01T08:00:00Z')
    await recordRevision('A', 'H', doc('before ready'), 'status', t0)
    await recordRevision('A', 'H', doc('after ready'), 'edit', new Date(t0.getTime() + 1000))
    expect((await revisions()).map((r) => r.reason)).toEqual(['status', 'edit'])
  })
})
