import { Mark, mergeAttributes } from '@tiptap/core'
import { isTagId } from '../../../../core/model/isTagId'
import type { NoteMarkAttrs } from '../../../../core/model/tagMarks'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    note: {
      /** Attaches a desk note (or, with flag, an open flag that blocks export) to the selection. */
      setNote: (attrs: NoteMarkAttrs) => ReturnType
      unsetNote: () => ReturnType
    }
  }
}

/** The desk's inline notes and flags: visible in the editor, never exported. */
export const NoteMark = Mark.create({
  name: 'note',
  excludes: '',
  inclusive: false,
  priority: 1005,

  addAttributes() {
    return {
      noteId: { default: null, parseHTML: (el) => el.getAttribute('data-note'), renderHTML: () => ({}) },
      text: { default: '', parseHTML: (el) => el.getAttribute('data-note-text') ?? '', renderHTML: () => ({}) },
      flag: { default: false, parseHTML: (el) => el.getAttribute('data-flag') === 'true', renderHTML: () => ({}) }
    }
  },

  parseHTML() {
    return [{ tag: 'span[data-note]', getAttrs: (el) => (isTagId(el.getAttribute('data-note')) ? null : false) }]
  },

  renderHTML({ mark, HTMLAttributes }) {
    const a = mark.attrs as NoteMarkAttrs
    return [
      'span',
      mergeAttributes(HTMLAttributes, {
        'data-note': a.noteId,
        'data-note-text': a.text,
        'data-flag': String(a.flag),
        title: a.text,
        class: a.flag ? 'tag tag-note tag-flag' : 'tag tag-note'
      }),
      0
    ]
  },

  addCommands() {
    return {
      setNote:
        (attrs) =>
        ({ commands }) =>
          isTagId(attrs.noteId) ? commands.setMark(this.name, attrs) : false,
      unsetNote:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true })
    }
  }
})
