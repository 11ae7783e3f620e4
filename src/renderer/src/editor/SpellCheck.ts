import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { dispatchAsync } from './dispatchAsync'

export interface SpellCheckOptions {
  /** Returns the words of the list that are misspelled (an offline dictionary in main). */
  check: ((words: string[]) => Promise<string[]>) | null
  /** Milliseconds of quiet after typing before the document is checked again. */
  delay: number
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*\p{L}|\p{L}/gu
/** Text between two words that ends a sentence: "said. ", "Nothing.” ", "so: “". */
const SENTENCE_END = /[.!?:;]["”’')\]]*\s*["“‘'(]*\s*$/
export const spellCheckKey = new PluginKey<DecorationSet>('spellCheck')

/**
 * Walks the words the checker should look at, with each word's document range. Capitalised words
 * inside a sentence are names (Peskov, Kovač): the entity registry owns their spelling, so they
 * are left alone; a capitalised word that opens a sentence is checked like any other.
 */
function eachWord(doc: PMNode, visit: (word: string, from: number, to: number) => void): void {
  doc.descendants((block, blockPos) => {
    if (!block.isTextblock) return true
    let sentenceStart = true
    block.forEach((node, offset) => {
      if (!node.isText || !node.text) {
        sentenceStart = true
        return
      }
      const linked = node.marks.some((m) => m.type.name === 'link')
      let last = 0
      for (const match of node.text.matchAll(WORD)) {
        const between = node.text.slice(last, match.index)
        if (SENTENCE_END.test(between)) sentenceStart = true
        else if (/\S/.test(between)) sentenceStart = false
        last = match.index + match[0].length
        const word = match[0].replace(/^['’-]+|['’-]+$/g, '')
        const isName = /^\p{Lu}/u.test(word) && !sentenceStart
        sentenceStart = false
        if (word && !linked && !isName) visit(word, blockPos + 1 + offset + match.index, blockPos + 1 + offset + last)
      }
      if (SENTENCE_END.test(node.text.slice(last))) sentenceStart = true
    })
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
            if (!destroyed) dispatchAsync(view, (v) => v.state.tr.setMeta(spellCheckKey, true).setMeta('addToHistory', false))
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
