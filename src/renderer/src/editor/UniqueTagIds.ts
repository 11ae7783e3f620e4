import { Extension } from '@tiptap/core'
import { Slice, type Mark as PMMark, type Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { ulid } from 'ulid'
import { mapFragmentMarks } from './mapFragmentMarks'

/** Marks whose id names one thing in the document (a quote, a note), with the attribute holding it. */
const ID_ATTRS: Record<string, string> = { quote: 'quoteId', note: 'noteId' }

function collectIds(doc: PMNode): Set<string> {
  const ids = new Set<string>()
  doc.descendants((node) => {
    for (const m of node.marks) {
      const attr = ID_ATTRS[m.type.name]
      if (attr && m.attrs[attr]) ids.add(`${m.type.name}:${m.attrs[attr]}`)
    }
  })
  return ids
}

/**
 * Copy and paste must not make two quotes out of one id: pasted quote and note marks whose id
 * is already in the document get fresh ids (the same fresh id for every range of one pasted
 * quote, so a pasted two-paragraph quote stays one quote). Cut and paste keeps ids: by the
 * time of the paste the originals are gone.
 */
export const UniqueTagIds = Extension.create({
  name: 'uniqueTagIds',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('uniqueTagIds'),
        props: {
          transformPasted: (slice, view) => {
            const existing = collectIds(view.state.doc)
            const fresh = new Map<string, string>()
            const remap = (m: PMMark): PMMark => {
              const attr = ID_ATTRS[m.type.name]
              if (!attr) return m
              const key = `${m.type.name}:${m.attrs[attr]}`
              if (!existing.has(key)) return m
              if (!fresh.has(key)) fresh.set(key, ulid())
              return m.type.create({ ...m.attrs, [attr]: fresh.get(key) })
            }
            return new Slice(mapFragmentMarks(slice.content, remap), slice.openStart, slice.openEnd)
          }
        }
      })
    ]
  }
})
