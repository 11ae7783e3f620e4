// @vitest-environment jsdom
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { createExtensions } from '../../../src/renderer/src/editor/createExtensions'
import { searchHighlightKey } from '../../../src/renderer/src/editor/SearchHighlight'
import { searchHighlight } from '../../../src/renderer/src/search/searchHighlight'

let editor: Editor | undefined
afterEach(() => {
  editor?.destroy()
  searchHighlight.clear()
})

function make(html: string): Editor {
  editor = new Editor({ extensions: createExtensions(), content: html })
  return editor
}

const highlighted = (e: Editor): string[] =>
  (searchHighlightKey.getState(e.state)?.find() ?? []).map((d) => e.state.doc.textBetween(d.from, d.to))

describe('search highlights in the editor (the app’s real extension list)', () => {
  it('marks the words of the search by stem, across mark boundaries, and phrases whole', () => {
    searchHighlight.set({ terms: ['support'], phrases: [['too', 'early']] })
    const e = make('<p>Russia has <strong>sup</strong>ported Iran; it supports it.</p><h2>Too early to tell</h2>')
    expect(highlighted(e)).toEqual(['supported', 'supports', 'Too early'])
  })

  it('follows the search as it changes, and edits', () => {
    const e = make('<p>Ferry crews walked out.</p>')
    expect(highlighted(e)).toEqual([])
    searchHighlight.set({ terms: ['crew'], phrases: [] })
    expect(highlighted(e)).toEqual(['crews'])
    e.commands.insertContentAt(1, 'The ')
    expect(highlighted(e)).toEqual(['crews'])
    searchHighlight.clear()
    expect(highlighted(e)).toEqual([])
  })
})
