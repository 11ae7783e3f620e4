import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { findMatches, type TextRange } from './findMatches'

interface FindState {
  query: string
  caseSensitive: boolean
  matches: TextRange[]
  current: number
  decorations: DecorationSet
}

type FindMeta = { query?: string; caseSensitive?: boolean; current?: number }

export const findReplaceKey = new PluginKey<FindState>('findReplace')

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      /** Highlights every match of the query; an empty query clears the highlights. */
      setFindQuery: (query: string, caseSensitive?: boolean) => ReturnType
      /** Selects and scrolls to the next (or previous) match, wrapping around. */
      findNext: () => ReturnType
      findPrevious: () => ReturnType
      /** Replaces the current match and moves to the next one. */
      replaceCurrent: (replacement: string) => ReturnType
      /** Replaces every match in one undoable step. */
      replaceAll: (replacement: string) => ReturnType
    }
  }
}

function decorate(state: EditorState, matches: TextRange[], current: number): DecorationSet {
  return DecorationSet.create(
    state.doc,
    matches.map((m, i) =>
      Decoration.inline(m.from, m.to, { class: i === current ? 'find-match find-current' : 'find-match' })
    )
  )
}

/** The find state of an editor state (for the find bar's "3 of 12"). */
export function getFindState(state: EditorState): FindState | undefined {
  return findReplaceKey.getState(state)
}

/** Find and replace over the document, with match highlights as decorations (text never shifts). */
export const FindReplace = Extension.create({
  name: 'findReplace',

  addCommands() {
    const select =
      (step: 1 | -1) =>
      () =>
      ({ state, tr, dispatch }: { state: EditorState; tr: import('@tiptap/pm/state').Transaction; dispatch?: (tr: import('@tiptap/pm/state').Transaction) => void }) => {
        const find = findReplaceKey.getState(state)
        if (!find || find.matches.length === 0) return false
        const head = step === 1 ? state.selection.to : state.selection.from
        let index =
          step === 1
            ? find.matches.findIndex((m) => m.from >= head)
            : findLastIndex(find.matches, (m) => m.to <= head)
        if (index === -1) index = step === 1 ? 0 : find.matches.length - 1
        if (find.matches[index]!.from === state.selection.from && find.matches[index]!.to === state.selection.to) {
          index = (index + step + find.matches.length) % find.matches.length
        }
        const m = find.matches[index]!
        if (dispatch) {
          tr.setSelection(TextSelection.create(tr.doc, m.from, m.to)).scrollIntoView()
          tr.setMeta(findReplaceKey, { current: index } satisfies FindMeta)
          dispatch(tr)
        }
        return true
      }
    return {
      setFindQuery:
        (query, caseSensitive = false) =>
        ({ tr, dispatch }) => {
          if (dispatch) dispatch(tr.setMeta(findReplaceKey, { query, caseSensitive, current: 0 } satisfies FindMeta))
          return true
        },
      findNext: select(1),
      findPrevious: select(-1),
      replaceCurrent:
        (replacement) =>
        ({ state, tr, dispatch, commands }) => {
          const find = findReplaceKey.getState(state)
          if (!find || find.matches.length === 0) return false
          const m = find.matches[Math.min(find.current, find.matches.length - 1)]!
          if (dispatch) {
            if (replacement) tr.insertText(replacement, m.from, m.to)
            else tr.delete(m.from, m.to)
            tr.setSelection(TextSelection.create(tr.doc, m.from + replacement.length))
            dispatch(tr)
            queueMicrotask(() => commands.findNext())
          }
          return true
        },
      replaceAll:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const find = findReplaceKey.getState(state)
          if (!find || find.matches.length === 0) return false
          if (dispatch) {
            // Back to front so earlier positions stay valid.
            for (const m of [...find.matches].reverse()) {
              if (replacement) tr.insertText(replacement, m.from, m.to)
              else tr.delete(m.from, m.to)
            }
            dispatch(tr)
          }
          return true
        }
    }
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findReplaceKey,
        state: {
          init: (_config, state) => ({
            query: '',
            caseSensitive: false,
            matches: [],
            current: 0,
            decorations: DecorationSet.create(state.doc, [])
          }),
          apply: (tr, prev, _old, state) => {
            const meta = tr.getMeta(findReplaceKey) as FindMeta | undefined
            if (!meta && !tr.docChanged) return prev
            // Nothing searched for: typing costs nothing here.
            if (!meta && prev.query === '') return prev.matches.length ? { ...prev, matches: [], decorations: DecorationSet.empty } : prev
            const query = meta?.query ?? prev.query
            const caseSensitive = meta?.caseSensitive ?? prev.caseSensitive
            const matches = findMatches(state.doc, query, caseSensitive)
            const current = Math.min(meta?.current ?? prev.current, Math.max(0, matches.length - 1))
            return { query, caseSensitive, matches, current, decorations: decorate(state, matches, current) }
          }
        },
        props: {
          decorations: (state) => findReplaceKey.getState(state)?.decorations
        }
      })
    ]
  }
})

function findLastIndex<T>(items: T[], pred: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (pred(items[i]!)) return i
  return -1
}
