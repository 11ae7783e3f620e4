import { describe, expect, it } from 'vitest'
import { articleText } from '../../../src/core/checks/ArticleText'
import { blocksExport, runChecks } from '../../../src/core/checks/runChecks'
import type { DocJSON } from '../../../src/core/model/DocJSON'
import { article, doc, entity, goodPhoto, h2, note, p, quote } from './helpers/doc'

const clean = () =>
  article(doc(p('Union leader ', ['Piotr Nowak', entity('piotr-nowak')], ' said: ', ['“We will not sail.”', quote('q-1', { speakerId: 'piotr-nowak', verified: true })])), {
    photos: [goodPhoto()]
  })

describe('runChecks', () => {
  it('finds nothing wrong with a complete, tagged, verified article, with or without a context', () => {
    expect(runChecks(clean())).toEqual([])
    expect(runChecks(clean(), { sources: [], untaggedConfidence: 0.8 })).toEqual([])
  })

  it('lists errors first, then warnings, each in reading order (fields, body, photos), every finding keyed', () => {
    const a = article(doc(p(['Something', note('n-1', 'Check', true)]), h2('“Not in the body”')), {
      headline: '',
      photos: [goodPhoto({ creditLine: '', altText: '' })]
    })
    expect(runChecks(a).map((f) => `${f.severity} ${f.key}`)).toEqual([
      'error open-flag:n-1',
      'error quote-mismatch:subhead:not in the body',
      'error photo-credit:media/harbour.jpg',
      'warning missing-headline',
      'warning photo-alt-text:media/harbour.jpg'
    ])
  })

  it('applies the desk’s overrides: an overridden error is marked and no longer blocks export', () => {
    const a = article(doc(p(['Something', note('n-1', 'Check', true)])), { photos: [goodPhoto({ creditLine: '' })] })
    const before = runChecks(a)
    expect(blocksExport(before)).toBe(true)
    const one = runChecks({ ...a, checkOverrides: [{ key: 'open-flag:n-1', reason: 'Figure confirmed by phone', at: '2025-03-04T09:00:00Z' }] })
    expect(one.find((f) => f.key === 'open-flag:n-1')?.overridden).toEqual({ reason: 'Figure confirmed by phone', at: '2025-03-04T09:00:00Z' })
    expect(blocksExport(one)).toBe(true) // the photo credit still blocks
    const both = runChecks({
      ...a,
      checkOverrides: [
        { key: 'open-flag:n-1', reason: 'Figure confirmed by phone', at: '2025-03-04T09:00:00Z' },
        { key: 'photo-credit:media/harbour.jpg', reason: 'Handout, credit not required', at: '2025-03-04T09:01:00Z' }
      ]
    })
    expect(both.filter((f) => f.severity === 'error').every((f) => f.overridden)).toBe(true)
    expect(blocksExport(both)).toBe(false)
  })

  it('an override without a written reason does not count; overrides of unknown keys are ignored', () => {
    const a = article(doc(p(['Something', note('n-1', 'Check', true)])), {
      checkOverrides: [
        { key: 'open-flag:n-1', reason: '  ', at: '2025-03-04T09:00:00Z' },
        { key: 'photo-credit:gone.jpg', reason: 'old', at: '2025-03-04T09:00:00Z' }
      ]
    })
    const findings = runChecks(a)
    expect(findings.map((f) => [f.key, f.overridden])).toEqual([['open-flag:n-1', undefined]])
    expect(blocksExport(findings)).toBe(true)
  })

  it('warnings alone never block export', () => {
    expect(blocksExport(runChecks(article(doc(p('Text.')), { headline: '', bylines: [] })))).toBe(false)
    expect(blocksExport([])).toBe(false)
  })
})

describe('articleText', () => {
  it('reads one line per text block; list items and hard breaks keep offsets within their top-level block', () => {
    const body: DocJSON = doc(
      p('One'),
      { type: 'horizontalRule' },
      { type: 'bulletList', content: [{ type: 'listItem', content: [p('a', ['b', entity('x')])] }, { type: 'listItem', content: [p(['c', entity('x')])] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'x' }, { type: 'hardBreak' }, { type: 'text', text: 'y', marks: [entity('y')] }] }
    )
    const t = articleText(body)
    expect(t.text).toBe('One\nab\nc\nx y')
    expect(t.blocks.map((b) => [b.index, b.text, b.start])).toEqual([
      [0, 'One', 0],
      [2, 'ab\nc', 4],
      [3, 'x y', 9]
    ])
    expect(t.marks.map((m) => [m.blockIndex, m.from, m.to])).toEqual([
      [2, 1, 2],
      [2, 3, 4],
      [3, 2, 3]
    ])
    expect(t.locate(6)).toMatchObject({ block: { index: 2 }, offset: 2 })
    expect(t.locate(11)).toMatchObject({ block: { index: 3 }, offset: 2 })
  })

  it('merges one mark over adjacent text nodes, even with other marks in between', () => {
    const flag = note('n-1', 'x', true)
    const t = articleText(doc(p(['ab', flag], ['cd', flag, entity('e')], ['ef', flag], 'gh', ['ij', flag])))
    expect(t.marks.filter((m) => m.type === 'note').map((m) => [m.from, m.to])).toEqual([
      [0, 6],
      [8, 10]
    ])
  })
})
