import { Mark, mergeAttributes } from '@tiptap/core'
import { isTagId } from '../../../../core/model/isTagId'
import { QUOTE_KINDS, type QuoteKind, type QuoteMarkAttrs } from '../../../../core/model/tagMarks'

export interface QuoteMarkOptions {
  HTMLAttributes: Record<string, string>
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    quote: {
      /** Tags the selection as (part of) a quote. */
      setQuote: (attrs: QuoteMarkAttrs) => ReturnType
      /** Removes the quote tag from the selection. */
      unsetQuote: () => ReturnType
      /** Changes speaker, source, kind or verified on every range of one quote (all its paragraphs). */
      updateQuote: (quoteId: string, patch: Partial<Omit<QuoteMarkAttrs, 'quoteId'>>) => ReturnType
    }
  }
}

const idOrNull = (v: string | null): string | null => (isTagId(v) ? v : null)

/** The quote attributes an element carries (the editor's span, or the `<q>` of Copydesk's HTML export); false when its id is malformed. */
function quoteAttrsOf(el: HTMLElement): QuoteMarkAttrs | false {
  const quoteId = el.getAttribute('data-quote')
  if (!isTagId(quoteId)) return false
  const kind = el.getAttribute('data-kind') ?? 'direct'
  return {
    quoteId,
    speakerId: idOrNull(el.getAttribute('data-speaker')),
    sourceId: idOrNull(el.getAttribute('data-source')),
    kind: (QUOTE_KINDS as readonly string[]).includes(kind) ? (kind as QuoteKind) : 'direct',
    verified: el.getAttribute('data-verified') === 'true'
  }
}

/**
 * Who said what: a direct, partial or indirect quote with its speaker (an entity), source and
 * verified flag. A quote over several paragraphs is several ranges sharing one quoteId.
 */
export const QuoteMark = Mark.create<QuoteMarkOptions>({
  name: 'quote',
  excludes: '',
  inclusive: false,
  priority: 1020,

  addOptions() {
    return { HTMLAttributes: {} }
  },

  addAttributes() {
    const data = (name: string) => ({ parseHTML: (el: HTMLElement) => el.getAttribute(`data-${name}`), renderHTML: () => ({}) })
    return {
      quoteId: { default: null, ...data('quote') },
      speakerId: { default: null, ...data('speaker') },
      sourceId: { default: null, ...data('source') },
      kind: { default: 'direct', ...data('kind') },
      verified: { default: false, parseHTML: (el: HTMLElement) => el.getAttribute('data-verified') === 'true', renderHTML: () => ({}) }
    }
  },

  parseHTML() {
    // Pasted `<q data-quote>` (an HTML export) gets a fresh id and a checked speaker in PastedQuotes.
    return [
      { tag: 'span[data-quote]', getAttrs: quoteAttrsOf },
      { tag: 'q[data-quote]', getAttrs: quoteAttrsOf }
    ]
  },

  renderHTML({ mark, HTMLAttributes }) {
    const a = mark.attrs as QuoteMarkAttrs
    const attrs: Record<string, string> = {
      'data-quote': a.quoteId,
      'data-kind': a.kind,
      'data-verified': String(a.verified),
      class: `tag tag-quote tag-quote-${a.kind}${a.verified ? ' verified' : ''}`
    }
    if (a.speakerId) attrs['data-speaker'] = a.speakerId
    if (a.sourceId) attrs['data-source'] = a.sourceId
    return ['span', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, attrs), 0]
  },

  addCommands() {
    return {
      setQuote:
        (attrs) =>
        ({ commands }) =>
          isTagId(attrs.quoteId) ? commands.setMark(this.name, attrs) : false,
      unsetQuote:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true }),
      updateQuote:
        (quoteId, patch) =>
        ({ tr, state, dispatch }) => {
          const type = state.schema.marks.quote!
          let found = false
          state.doc.descendants((node, pos) => {
            const m = node.marks.find((mk) => mk.type === type && mk.attrs.quoteId === quoteId)
            if (!m) return
            found = true
            if (dispatch) {
              tr.removeMark(pos, pos + node.nodeSize, m)
              tr.addMark(pos, pos + node.nodeSize, type.create({ ...m.attrs, ...patch }))
            }
          })
          if (found && dispatch) dispatch(tr)
          return found
        }
    }
  }
})
