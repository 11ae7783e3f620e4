// @vitest-environment jsdom
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { createExtensions } from '../../../src/renderer/src/editor/createExtensions'
import { getFindState } from '../../../src/renderer/src/editor/FindReplace'

let editor: Editor | undefined
afterEach(() => editor?.destroy())

function make(html: string): Editor {
  editor = new Editor({ extensions: createExtensions(), content: html })
  return editor
}

describe('find and replace (the app’s real extension list)', () => {
  it('finds matches across mark boundaries, case-insensitively by default', () => {
    const e = make('<p>The <strong>Kre</strong>mlin said. The kremlin denied.</p><h2>Kremlin welcomes truce</h2>')
    e.commands.setFindQuery('kremlin')
    expect(getFindState(e.state)?.matches).toHaveLength(3)
    e.commands.setFindQuery('Kremlin', true)
    expect(getFindState(e.state)?.matches).toHaveLength(2)
  })

  it('steps through matches, wrapping around', () => {
    const e = make('<p>one two one two one</p>')
    e.commands.setFindQuery('one')
    const selected = (): string => e.state.doc.textBetween(e.state.selection.from, e.state.selection.to)
    const starts: number[] = []
    for (let i = 0; i < 4; i++) {
      e.commands.findNext()
      expect(selected()).toBe('one')
      starts.push(e.state.selection.from)
    }
    expect(new Set(starts.slice(0, 3)).size).toBe(3)
    expect(starts[3]).toBe(starts[0])
  })

  it('replaces all in one undoable step, keeping the rest of the text', () => {
    const e = make('<p>Arakchi met Putin. Arakchi left.</p>')
    e.commands.setFindQuery('Arakchi')
    e.commands.replaceAll('Araqchi')
    expect(e.getText()).toBe('Araqchi met Putin. Araqchi left.')
    expect(getFindState(e.state)?.matches).toHaveLength(0)
    e.commands.undo()
    expect(e.getText()).toBe('Arakchi met Putin. Arakchi left.')
  })

  it('replaces the current match only', () => {
    const e = make('<p>cat cat cat</p>')
    e.commands.setFindQuery('cat')
    e.commands.findNext()
    e.commands.replaceCurrent('dog')
    expect(e.getText()).toBe('dog cat cat')
  })
})
