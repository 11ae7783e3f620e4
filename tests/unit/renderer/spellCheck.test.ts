// @vitest-environment jsdom
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { createExtensions } from '../../../src/renderer/src/editor/createExtensions'

let editor: Editor | undefined
afterEach(() => editor?.destroy())

describe('spell checking (the app’s real extension list)', () => {
  it('asks about ordinary and sentence-opening words, leaves names inside sentences alone', async () => {
    const asked: string[] = []
    editor = new Editor({
      extensions: createExtensions({
        spellCheck: async (words) => {
          asked.push(...words)
          return words.filter((w) => w === 'goverment' || w === 'Teh')
        }
      }),
      content: '<p>Teh goverment met Peskov in Moscow. Kovač said: “Nothing.” See <a href="https://x.org">Wrongg</a>.</p>'
    })
    await new Promise((r) => setTimeout(r, 600))
    expect(asked).toEqual(expect.arrayContaining(['Teh', 'goverment', 'met', 'in', 'Kovač', 'said', 'Nothing', 'See']))
    expect(asked).not.toContain('Peskov')
    expect(asked).not.toContain('Moscow')
    expect(asked).not.toContain('Wrongg')
    const underlined = [...editor.view.dom.querySelectorAll('.spelling-error')].map((e) => e.textContent)
    expect(underlined).toEqual(['Teh', 'goverment'])
  })
})
