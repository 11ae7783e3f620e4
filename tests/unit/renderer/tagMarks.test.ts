// @vitest-environment jsdom
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { createExtensions } from '../../../src/renderer/src/editor/createExtensions'

// jsdom has no ClipboardEvent; ProseMirror's pasteHTML only needs the constructor.
if (typeof globalThis.ClipboardEvent === 'undefined') {
  ;(globalThis as Record<string, unknown>).ClipboardEvent = class extends Event {
    clipboardData = null
  }
}

let editors: Editor[] = []
afterEach(() => {
  editors.forEach((e) => e.destroy())
  editors = []
})

function make(content: string | object): Editor {
  const e = new Editor({ extensions: createExtensions(), content })
  editors.push(e)
  return e
}

/** Selects the first occurrence of `text` in the document. */
function select(e: Editor, text: string): void {
  let found = -1
  e.state.doc.descendants((node, pos) => {
    if (found === -1 && node.isText && node.text!.includes(text)) found = pos + node.text!.indexOf(text)
  })
  if (found === -1) throw new Error(`no ${text}`)
  e.commands.setTextSelection({ from: found, to: found + text.length })
}

function marksOn(e: Editor, text: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  e.state.doc.descendants((node) => {
    if (node.isText && node.text === text) for (const m of node.marks) out.push({ mark: m.type.name, ...m.attrs })
  })
  return out
}

const QUOTE = { quoteId: 'Q1', speakerId: 'ines-kovac', sourceId: null, kind: 'direct' as const, verified: false }

describe('tag marks (the app’s real extension list)', () => {
  it('tags an entity inside a quote: the marks overlap', () => {
    const e = make('<p>Kovač said: “Tindal acted on every report.”</p>')
    select(e, '“Tindal acted on every report.”')
    e.commands.setQuote(QUOTE)
    select(e, 'Tindal')
    e.commands.setEntity({ entityId: 'tindal', type: 'place' })
    expect(marksOn(e, 'Tindal')).toEqual(
      expect.arrayContaining([
        { mark: 'entity', entityId: 'tindal', type: 'place' },
        { mark: 'quote', ...QUOTE }
      ])
    )
    expect(marksOn(e, ' acted on every report.”')).toEqual([{ mark: 'quote', ...QUOTE }])
  })

  it('round-trips through the editor’s HTML and JSON', () => {
    const e = make('<p>Kovač said: “Tindal acted.”</p>')
    select(e, 'Kovač')
    e.commands.setEntity({ entityId: 'ines-kovac', type: 'person' })
    select(e, '“Tindal acted.”')
    e.commands.setQuote({ ...QUOTE, verified: true })
    const fromHtml = make(e.getHTML())
    expect(fromHtml.getJSON()).toEqual(e.getJSON())
    const fromJson = make(e.getJSON())
    expect(fromJson.getHTML()).toBe(e.getHTML())
  })

  it('untags, retags and changes an entity’s type', () => {
    const e = make('<p>Moscow denied it.</p>')
    select(e, 'Moscow')
    e.commands.setEntity({ entityId: 'moscow', type: 'place' })
    e.commands.setEntity({ entityId: 'kremlin', type: 'organization' })
    expect(marksOn(e, 'Moscow')).toEqual([{ mark: 'entity', type: 'organization', entityId: 'kremlin' }])
    e.commands.unsetEntity()
    expect(marksOn(e, 'Moscow')).toEqual([])
  })

  it('keeps an entity around the retagged one', () => {
    const e = make('<p>University of Tindal staff</p>')
    select(e, 'University of Tindal')
    e.commands.setEntity({ entityId: 'university-of-tindal', type: 'organization' })
    select(e, 'Tindal')
    e.commands.setEntity({ entityId: 'tindal', type: 'place' })
    expect(marksOn(e, 'Tindal')).toEqual(
      expect.arrayContaining([
        { mark: 'entity', entityId: 'university-of-tindal', type: 'organization' },
        { mark: 'entity', entityId: 'tindal', type: 'place' }
      ])
    )
  })

  it('updates every paragraph of a quote at once', () => {
    const e = make('<p>“One paragraph.</p><p>“And the next.”</p>')
    select(e, '“One paragraph.')
    e.commands.setQuote(QUOTE)
    select(e, '“And the next.”')
    e.commands.setQuote(QUOTE)
    e.commands.updateQuote('Q1', { verified: true, speakerId: 'piet-aalders' })
    expect(marksOn(e, '“One paragraph.')[0]).toMatchObject({ verified: true, speakerId: 'piet-aalders' })
    expect(marksOn(e, '“And the next.”')[0]).toMatchObject({ verified: true, speakerId: 'piet-aalders' })
  })

  it('refuses malformed ids and types, from commands and from pasted HTML', () => {
    const e = make('<p>Kyiv</p>')
    select(e, 'Kyiv')
    expect(e.commands.setEntity({ entityId: '../x', type: 'place' })).toBe(false)
    expect(e.commands.setEntity({ entityId: 'kyiv', type: 'planet' as never })).toBe(false)
    const pasted = make('<p><span data-entity="a b" data-entity-type="place">Kyiv</span> <span data-quote="javascript:x">Hi</span></p>')
    expect(pasted.getJSON().content![0]!.content).toEqual([{ type: 'text', text: 'Kyiv Hi' }])
  })

  it('gives a copied-and-pasted quote a fresh id, the same for all its paragraphs', () => {
    const e = make('<p>“First.</p><p>“Second.”</p><p>End</p>')
    select(e, '“First.')
    e.commands.setQuote(QUOTE)
    select(e, '“Second.”')
    e.commands.setQuote(QUOTE)
    const html = e.getHTML()
    e.commands.setTextSelection(e.state.doc.content.size - 1)
    e.view.pasteHTML(html)
    const ids = new Map<string, number>()
    e.state.doc.descendants((n) => {
      for (const m of n.marks) if (m.type.name === 'quote') ids.set(m.attrs.quoteId, (ids.get(m.attrs.quoteId) ?? 0) + 1)
    })
    expect(ids.get('Q1')).toBe(2)
    expect(ids.size).toBe(2)
    expect([...ids.values()]).toEqual([2, 2])
  })
})
