import { describe, expect, it } from 'vitest'
import type { DocJSON } from '../../../src/core/model/DocJSON'
import { docToLines } from '../../../src/core/model/docToLines'
import { applyTextMarks } from '../../../src/core/registry/applyTextMarks'
import { collectTags } from '../../../src/core/registry/collectTags'

const person = (entityId: string) => ({ type: 'entity', attrs: { entityId, type: 'person' } })
const doc: DocJSON = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Talks resume' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Union leader ' },
        { type: 'text', text: 'Mara', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' Lind said: “We stay.”' }
      ]
    }
  ]
}

describe('applyTextMarks', () => {
  it('marks by docToLines offsets, across a bold split, keeping the text and other marks', () => {
    const text = docToLines(doc)
    const start = text.indexOf('Mara Lind')
    const q = text.indexOf('“We stay.”')
    const out = applyTextMarks(doc, [
      { start, end: start + 'Mara Lind'.length, mark: person('mara-lind') },
      { start: q, end: q + '“We stay.”'.length, mark: { type: 'quote', attrs: { quoteId: 'Q1', speakerId: 'mara-lind', sourceId: null, kind: 'direct', verified: false } } }
    ])
    expect(docToLines(out)).toBe(text)
    const tags = collectTags(out)
    expect(tags.mentions.get('mara-lind')).toBe(1)
    expect(tags.quotes.map((x) => [x.text, x.speakerId])).toEqual([['“We stay.”', 'mara-lind']])
    const para = out.content[1]!.content!
    expect(para.find((n) => n.text === 'Mara')!.marks).toEqual([{ type: 'bold' }, person('mara-lind')])
    expect(doc.content[1]!.content![1]!.marks).toEqual([{ type: 'bold' }]) // input untouched
  })

  it('never stacks a second entity over a tagged one', () => {
    const once = applyTextMarks(doc, [{ start: 0, end: 5, mark: person('a') }])
    const twice = applyTextMarks(once, [{ start: 0, end: 5, mark: person('b') }])
    expect(twice.content[0]!.content![0]!.marks).toEqual([person('a')])
  })
})
