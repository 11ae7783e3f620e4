import { Mark, mergeAttributes } from '@tiptap/core'
import { isTagId } from '../../../../core/model/isTagId'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    attribution: {
      /** Marks the selection as the words attributing a claim to a source ("Reuters reports"). */
      setAttribution: (attrs: { sourceId: string }) => ReturnType
      unsetAttribution: () => ReturnType
    }
  }
}

/** "…, Reuters reports." — source attribution in running text, pointing at a registry source. */
export const AttributionMark = Mark.create({
  name: 'attribution',
  excludes: '',
  inclusive: false,
  priority: 1015,

  addAttributes() {
    return { sourceId: { default: null, parseHTML: (el) => el.getAttribute('data-source'), renderHTML: () => ({}) } }
  },

  parseHTML() {
    return [
      {
        tag: 'span[data-attribution]',
        getAttrs: (el) => (isTagId(el.getAttribute('data-source')) ? { sourceId: el.getAttribute('data-source') } : false)
      }
    ]
  },

  renderHTML({ mark, HTMLAttributes }) {
    return [
      'span',
      mergeAttributes(HTMLAttributes, { 'data-attribution': '', 'data-source': mark.attrs.sourceId, class: 'tag tag-attribution' }),
      0
    ]
  },

  addCommands() {
    return {
      setAttribution:
        (attrs) =>
        ({ commands }) =>
          isTagId(attrs.sourceId) ? commands.setMark(this.name, attrs) : false,
      unsetAttribution:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true })
    }
  }
})
