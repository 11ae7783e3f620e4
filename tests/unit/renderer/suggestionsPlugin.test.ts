// @vitest-environment jsdom
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { entitySuggestionKey, quoteSuggestionKey } from '../../../src/core/model/suggestionKey'
import { buildRegistryIndex } from '../../../src/core/suggest/buildRegistryIndex'
import { createExtensions } from '../../../src/renderer/src/editor/createExtensions'
import { editEditorMarks } from '../../../src/renderer/src/editor/editEditorMarks'
import { getEntityProposals, getQuoteProposals, getSpellingVariants } from '../../../src/renderer/src/editor/Suggestions'
import { inThreadCore } from '../../../src/renderer/src/worker/coreClient'
import { repointMarks } from '../../../src/core/registry/editDocMarks'

const STORY = [
  '<p>Union leader Mara Lindqvist told reporters: “We warned them in March.” She said the crews would not return until Monday.</p>',
  '<p>Lindkvist later met the harbour board in Kirkvik.</p>'
].join('')

let editors: Editor[] = []
afterEach(() => {
  editors.forEach((e) => e.destroy())
  editors = []
})

function make(rejected: string[] = [], engine?: (text: string) => Promise<never>): Editor {
  const registry = buildRegistryIndex([{ id: 'mara-lindqvist', type: 'person', name: 'Mara Lindqvist', aliases: [] }])
  const e = new Editor({
    extensions: createExtensions({ registry: () => registry, rejected: () => new Set(rejected), ...(engine ? { suggestEngine: engine } : {}) }),
    content: STORY
  })
  editors.push(e)
  return e
}

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 20))

describe('Suggestions plugin (the app’s extension list, headless)', () => {
  it('proposes untagged names and quotes with their speaker, and the spelling variants', async () => {
    const e = make()
    await settle()
    expect(getEntityProposals(e.state).map((p) => p.text)).toContain('Mara Lindqvist')
    const quotes = getQuoteProposals(e.state)
    const direct = quotes.find((q) => q.text.includes('We warned them'))
    expect(direct).toMatchObject({ kind: 'direct', speaker: { name: 'Mara Lindqvist', entityId: 'mara-lindqvist' } })
    expect(e.state.doc.textBetween(direct!.from, direct!.to)).toBe(direct!.text)
    expect(getSpellingVariants(e.state)?.map((v) => v.preferred)).toEqual(['Lindqvist'])
  })

  it('leaves out what the desk rejected in this article', async () => {
    const e = make([entitySuggestionKey('person', 'Mara Lindqvist'), quoteSuggestionKey('“We warned them in March.”')])
    await settle()
    expect(getEntityProposals(e.state).map((p) => p.text)).not.toContain('Mara Lindqvist')
    expect(getQuoteProposals(e.state).some((q) => q.text.includes('We warned them'))).toBe(false)
  })

  it('keeps underlines in place while typing before them, and drops one once it is tagged', async () => {
    const e = make()
    await settle()
    const before = getEntityProposals(e.state).find((p) => p.text === 'Mara Lindqvist')!
    e.commands.insertContentAt(1, 'Breaking: ')
    const moved = getEntityProposals(e.state).find((p) => p.text === 'Mara Lindqvist')!
    expect(moved.from).toBe(before.from + 'Breaking: '.length)
    expect(e.state.doc.textBetween(moved.from, moved.to)).toBe('Mara Lindqvist')
    e.chain().setTextSelection({ from: moved.from, to: moved.to }).setEntity({ entityId: 'mara-lindqvist', type: 'person' }).run()
    expect(getEntityProposals(e.state).some((p) => p.text === 'Mara Lindqvist')).toBe(false)
  })

  it('takes its passes from an engine (the worker) when given one, the same answers', async () => {
    const core = inThreadCore()
    core.setRegistry([{ id: 'mara-lindqvist', type: 'person', name: 'Mara Lindqvist', aliases: [] }])
    const e = make([], ((text: string) => core.suggest(text)) as never)
    await settle()
    expect(getQuoteProposals(e.state).find((q) => q.text.includes('We warned'))?.speaker?.entityId).toBe('mara-lindqvist')
  })
})

describe('editEditorMarks', () => {
  it('re-points tags in the open editor as one undoable step', () => {
    const e = make()
    e.chain().setTextSelection({ from: 14, to: 28 }).setEntity({ entityId: 'm-lindqvist', type: 'person' }).run()
    expect(editEditorMarks(e, repointMarks('m-lindqvist', 'mara-lindqvist'))).toBe(true)
    expect(JSON.stringify(e.getJSON())).toContain('"entityId":"mara-lindqvist"')
    expect(editEditorMarks(e, repointMarks('nobody', 'x'))).toBe(false)
    e.commands.undo()
    expect(JSON.stringify(e.getJSON())).toContain('"entityId":"m-lindqvist"')
  })
})
