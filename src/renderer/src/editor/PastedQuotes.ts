import { Extension } from '@tiptap/core'
import { Slice, type Mark as PMMark } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { ulid } from 'ulid'
import { isTagId } from '../../../core/model/isTagId'
import { mapFragmentMarks } from './mapFragmentMarks'

export interface PastedQuotesOptions {
  /** Whether a speaker id names an entity of this workspace's registry; null: no registry to ask, speakers are kept. */
  speakerExists: ((entityId: string) => boolean) | null
}

/**
 * Quotes pasted from HTML: the `<q data-quote …>` elements of Copydesk's HTML export (which the
 * quote mark reads) become quotes of this article with fresh ids — one per pasted quote, so a
 * quote over several paragraphs stays one — and every pasted quote keeps its speaker only when
 * that entity is in this workspace's registry (a pasted story from elsewhere names people the
 * registry may not have).
 */
export const PastedQuotes = Extension.create<PastedQuotesOptions>({
  name: 'pastedQuotes',

  addOptions() {
    return { speakerExists: null }
  },

  addProseMirrorPlugins() {
    const { speakerExists } = this.options
    return [
      new Plugin({
        key: new PluginKey('pastedQuotes'),
        props: {
          transformPastedHTML: (html) => {
            if (!/<q\b[^>]*\bdata-quote/i.test(html)) return html
            const doc = new DOMParser().parseFromString(html, 'text/html')
            const fresh = new Map<string, string>()
            for (const q of doc.body.querySelectorAll('q[data-quote]')) {
              const id = q.getAttribute('data-quote')
              if (!isTagId(id)) continue // malformed: the quote mark refuses it, the words come in untagged
              if (!fresh.has(id)) fresh.set(id, ulid())
              q.setAttribute('data-quote', fresh.get(id)!)
            }
            return fresh.size ? doc.body.innerHTML : html
          },
          transformPasted: (slice) => {
            if (!speakerExists) return slice
            const check = (m: PMMark): PMMark =>
              m.type.name === 'quote' && m.attrs.speakerId && !speakerExists(m.attrs.speakerId as string) ? m.type.create({ ...m.attrs, speakerId: null }) : m
            return new Slice(mapFragmentMarks(slice.content, check), slice.openStart, slice.openEnd)
          }
        }
      })
    ]
  }
})
