// @vitest-environment jsdom
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { writeHtml } from '../../../src/core/formats/export/writeHtml'
import { buildRegistryIndex } from '../../../src/core/suggest/buildRegistryIndex'
import type { RegistryEntity } from '../../../src/core/suggest/RegistryEntity'
import { createExtensions } from '../../../src/renderer/src/editor/createExtensions'
import { fixtureArticle, fixtureContext, QUOTE_DIRECT, QUOTE_INDIRECT, QUOTE_PARTIAL } from '../export/fixtureArticle'

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

const MARTA: RegistryEntity = { id: 'marta-quintero', type: 'person', name: 'Marta Quintero', aliases: [] }

/** An editor on an empty article; with `registry`, the workspace's entities (as the app passes them). */
function make(registry?: RegistryEntity[]): Editor {
  const index = registry ? buildRegistryIndex(registry) : undefined
  const e = new Editor({ extensions: createExtensions(index ? { registry: () => index } : {}), content: '<p>Earlier text.</p>' })
  editors.push(e)
  e.commands.setTextSelection(e.state.doc.content.size - 1)
  return e
}

/** Every quote range in the document: its text and attributes. */
function quotes(e: Editor): { text: string; quoteId: string; speakerId: string | null; kind: string; verified: boolean }[] {
  const out: { text: string; quoteId: string; speakerId: string | null; kind: string; verified: boolean }[] = []
  e.state.doc.descendants((node) => {
    const m = node.marks.find((mk) => mk.type.name === 'quote')
    if (node.isText && m) out.push({ text: node.text!, quoteId: m.attrs.quoteId, speakerId: m.attrs.speakerId, kind: m.attrs.kind, verified: m.attrs.verified })
  })
  return out
}

describe('pasting Copydesk’s HTML export', () => {
  const html = writeHtml(fixtureArticle(), fixtureContext())

  it('the export writes quotes as <q data-quote> (what this test pastes)', () => {
    expect(html).toContain(`<q class="quote" data-quote="${QUOTE_DIRECT}" data-speaker="marta-quintero"`)
  })

  it('turns each <q data-quote> into a quote tag with a fresh id, one per quote over all its paragraphs, keeping kind and verified', () => {
    const e = make([MARTA])
    e.view.pasteHTML(html)
    const pasted = quotes(e)
    const ids = [...new Set(pasted.map((q) => q.quoteId))]
    // Three quotes in the export: direct (two paragraphs), partial, indirect — three fresh ids.
    expect(ids).toHaveLength(3)
    for (const id of ids) expect([QUOTE_DIRECT, QUOTE_PARTIAL, QUOTE_INDIRECT]).not.toContain(id)
    for (const id of ids) expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/)
    const direct = pasted.filter((q) => q.kind === 'direct')
    expect(direct.length).toBeGreaterThanOrEqual(2)
    expect(new Set(direct.map((q) => q.quoteId)).size).toBe(1)
    expect(direct.every((q) => q.verified)).toBe(true)
    expect(pasted.map((q) => q.kind)).toEqual(expect.arrayContaining(['direct', 'partial', 'indirect']))
    // The speaker is in this workspace's registry, so it stays.
    expect(pasted.every((q) => q.speakerId === 'marta-quintero')).toBe(true)
    // The quoted words came in as they were written, quotation marks included.
    expect(direct[0]!.text.startsWith('“')).toBe(true)
  })

  it('drops a speaker the registry does not have: the quote stays, speakerless', () => {
    const e = make([{ id: 'someone-else', type: 'person', name: 'Someone Else', aliases: [] }])
    e.view.pasteHTML(html)
    const pasted = quotes(e)
    expect(pasted.length).toBeGreaterThan(0)
    expect(pasted.every((q) => q.speakerId === null)).toBe(true)
  })

  it('pasting the same export twice makes two sets of quotes, never one id twice', () => {
    const e = make([MARTA])
    e.view.pasteHTML(html)
    const first = new Set(quotes(e).map((q) => q.quoteId))
    e.commands.setTextSelection(e.state.doc.content.size - 1)
    e.view.pasteHTML(html)
    expect(new Set(quotes(e).map((q) => q.quoteId)).size).toBe(first.size * 2)
  })

  it('a <q> without a valid data-quote is plain text, as any other tag with a malformed id', () => {
    const e = make([MARTA])
    e.view.pasteHTML('<p>She said <q data-quote="not an id" data-speaker="marta-quintero">“no”</q> and <q>maybe</q>.</p>')
    expect(quotes(e)).toEqual([])
    expect(e.getText()).toContain('She said “no” and maybe.')
  })
})
