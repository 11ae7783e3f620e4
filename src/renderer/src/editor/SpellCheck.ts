import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

export interface SpellCheckOptions {
  /** Returns the words of the list that are misspelled (an offline dictionary in main). */
  check: ((words: string[]) => Promise<string[]>) | null
  /** Milliseconds of quiet after typing before the document is checked again. */
  delay: number
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*\p{L}|\p{L}/gu
export const spellCheckKey = new PluginKey<DecorationSet>('spellCheck')

/** Walks the text of the document, word by word, with each word's document range. */
function eachWord(doc: PMNode, visit: (word: string, from: number, to: number) => void): void {
  doc.descendants((node, pos) => {
    if (!node.isText || !node.text) return true
    if (node.marks.some((m) => m.type.name === 'link')) return false
    for (const match of node.text.matchAll(WORD)) {
      const word = match[0].replace(/^['’-]+|['’-]+$/g, '')
      if (word) visit(word, pos + match.index, pos + match.index + match[0].length)
    }
    return false
  })
}

/**
 * Offline spell checking: words the bundled dictionary does not know get a wavy underline (a
 * decoration: the text never moves). Results are cached per word, so only new words are asked.
 */
export const SpellCheck = Extension.create<SpellCheckOptions>({
  name: 'spellCheck',

  addOptions() {
    return { check: null, delay: 400 }
  },

  addProseMirrorPlugins() {
    const check = this.options.check
    const delay = this.options.delay
    if (!check) return []
    const known = new Map<string, boolean>()

    const build = (doc: PMNode): DecorationSet => {
      const decorations: Decoration[] = []
      eachWord(doc, (word, from, to) => {
        if (known.get(word) === false) {
          decorations.push(Decoration.inline(from, to, { class: 'spelling-error', 'data-word': word }))
        }
      })
      return DecorationSet.create(doc, decorations)
    }

    return [
      new Plugin<DecorationSet>({
        key: spellCheckKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, set) => (tr.getMeta(spellCheckKey) ? build(tr.doc) : set.map(tr.mapping, tr.doc))
        },
        props: { decorations: (state) => spellCheckKey.getState(state) },
        view: (view) => {
          let timer: ReturnType<typeof setTimeout> | undefined
          let destroyed = false
          const run = async (): Promise<void> => {
            const unknown = new Set<string>()
            eachWord(view.state.doc, (word) => {
              if (!known.has(word)) unknown.add(word)
            })
            if (unknown.size > 0) {
              try {
                const words = [...unknown]
                const wrong = new Set(await check(words))
                for (const w of words) known.set(w, !wrong.has(w))
              } catch {
                return // the dictionary is unavailable: no underlines rather than wrong ones
              }
            }
            if (!destroyed) view.dispatch(view.state.tr.setMeta(spellCheckKey, true).setMeta('addToHistory', false))
          }
          const schedule = (): void => {
            clearTimeout(timer)
            timer = setTimeout(() => void run(), delay)
          }
          schedule()
          return {
            update: (v, prev) => {
              if (!v.state.doc.eq(prev.doc)) schedule()
            },
            destroy: () => {
              destroyed = true
              clearTimeout(timer)
            }
          }
        }
      })
    ]
  }
})
