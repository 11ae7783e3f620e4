import { getMarkRange, Mark, mergeAttributes } from '@tiptap/core'
import type { MarkType, Mark as PMMark, Node as PMNode } from '@tiptap/pm/model'
import { isEntityType, type EntityType } from '../../../../core/model/EntityType'
import { isTagId } from '../../../../core/model/isTagId'
import type { EntityMarkAttrs } from '../../../../core/model/tagMarks'

/** Entity marks lying wholly inside [from, to], with their full ranges. */
function entityRangesWithin(doc: PMNode, from: number, to: number, type: MarkType): { from: number; to: number; mark: PMMark }[] {
  const found: { from: number; to: number; mark: PMMark }[] = []
  doc.nodesBetween(from, to, (node, pos) => {
    for (const mark of node.marks) {
      if (mark.type !== type) continue
      const range = getMarkRange(doc.resolve(pos), type, mark.attrs)
      if (range && range.from >= from && range.to <= to && !found.some((f) => f.from === range.from && f.mark.eq(mark))) {
        found.push({ ...range, mark })
      }
    }
  })
  return found
}

export interface EntityMarkOptions {
  HTMLAttributes: Record<string, string>
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    entity: {
      /** Tags the selection as a mention of a registry entity. */
      setEntity: (attrs: EntityMarkAttrs) => ReturnType
      /** Removes entity tags from the selection (all of them, or only those of one entity). */
      unsetEntity: (entityId?: string) => ReturnType
    }
  }
}

/**
 * A mention of a registry entity (person, organisation, place…). May overlap other tags: an
 * entity inside a quote. Round-trips through data-* attributes; malformed ids or types from
 * pasted HTML are refused, so the span's text comes in untagged.
 */
export const EntityMark = Mark.create<EntityMarkOptions>({
  name: 'entity',
  excludes: '',
  inclusive: false,
  priority: 1010,

  addOptions() {
    return { HTMLAttributes: {} }
  },

  addAttributes() {
    return {
      entityId: { default: null, parseHTML: (el) => el.getAttribute('data-entity'), renderHTML: () => ({}) },
      type: { default: 'other', parseHTML: (el) => el.getAttribute('data-entity-type'), renderHTML: () => ({}) }
    }
  },

  parseHTML() {
    return [
      {
        tag: 'span[data-entity]',
        getAttrs: (el) => {
          const entityId = el.getAttribute('data-entity')
          const type = el.getAttribute('data-entity-type')
          return isTagId(entityId) && isEntityType(type) ? { entityId, type } : false
        }
      }
    ]
  },

  renderHTML({ mark, HTMLAttributes }) {
    const type = mark.attrs.type as EntityType
    return [
      'span',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, {
        'data-entity': mark.attrs.entityId,
        'data-entity-type': type,
        class: `tag tag-${type}`
      }),
      0
    ]
  },

  addCommands() {
    return {
      setEntity:
        (attrs) =>
        ({ tr, state, dispatch }) => {
          if (!isTagId(attrs.entityId) || !isEntityType(attrs.type)) return false
          const { from, to, empty } = state.selection
          if (empty) return false
          const type = state.schema.marks.entity!
          if (dispatch) {
            // Retagging replaces the tags of exactly this text; an entity around it (the
            // organisation "University of Tindal" around the place "Tindal") stays.
            for (const range of entityRangesWithin(state.doc, from, to, type)) tr.removeMark(range.from, range.to, range.mark)
            tr.addMark(from, to, type.create(attrs))
            dispatch(tr)
          }
          return true
        },
      unsetEntity:
        (entityId) =>
        ({ tr, state, dispatch }) => {
          const { from, to } = state.selection
          const type = state.schema.marks.entity!
          if (dispatch) {
            state.doc.nodesBetween(from, to, (node, pos) => {
              for (const m of node.marks) {
                if (m.type === type && (!entityId || m.attrs.entityId === entityId)) {
                  tr.removeMark(Math.max(pos, from), Math.min(pos + node.nodeSize, to), m)
                }
              }
            })
            dispatch(tr)
          }
          return true
        }
    }
  }
})
