import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { EntityType } from '../../../core/model/EntityType'
import type { RegistryIndex } from '../../../core/suggest/RegistryIndex'
import { suggest } from '../../../core/suggest/suggest'
import { docText } from './docText'

export interface EntityProposal {
  from: number
  to: number
  text: string
  type: EntityType
  entityId?: string
  confidence: number
}

export interface SuggestionsOptions {
  /** The workspace registry, prepared for the suggester (undefined: none yet). */
  registry: () => RegistryIndex | undefined
  /** Milliseconds of quiet after typing before suggestions are computed again. */
  delay: number
  /** Suggestions below this confidence are not shown. */
  minConfidence: number
}

interface State {
  proposals: EntityProposal[]
  decorations: DecorationSet
}

export const suggestionsKey = new PluginKey<State>('suggestions')

/** Entity suggestions not yet tagged (the text has no entity mark over that range). */
function compute(doc: PMNode, registry: RegistryIndex | undefined, minConfidence: number): EntityProposal[] {
  const { text, toPos } = docText(doc)
  const out: EntityProposal[] = []
  for (const s of suggest(text, registry).entities) {
    if (s.confidence < minConfidence || !['person', 'organization', 'place', 'event', 'work', 'other'].includes(s.type)) continue
    const from = toPos(s.start)
    const to = toPos(s.end)
    if (to <= from || doc.rangeHasMark(from, to, doc.type.schema.marks.entity!)) continue
    out.push({ from, to, text: s.text, type: s.type as EntityType, entityId: s.entityId, confidence: s.confidence })
  }
  return out
}

function decorate(doc: PMNode, proposals: EntityProposal[]): DecorationSet {
  return DecorationSet.create(
    doc,
    proposals.map((p, i) =>
      Decoration.inline(p.from, p.to, {
        class: `suggestion tag-${p.type}`,
        'data-suggestion': String(i),
        title: `Suggested ${p.type} (${Math.round(p.confidence * 100)}%) — right-click to accept or reject`
      })
    )
  )
}

/** The untagged entity suggestions in the editor now. */
export function getEntityProposals(state: EditorState): EntityProposal[] {
  return suggestionsKey.getState(state)?.proposals ?? []
}

/**
 * Live suggestions: names the suggester finds that are not tagged yet get a dotted underline in
 * their type's colour (a decoration: the text never moves). Recomputed after a pause in typing.
 */
export const Suggestions = Extension.create<SuggestionsOptions>({
  name: 'suggestions',

  addOptions() {
    return { registry: () => undefined, delay: 250, minConfidence: 0.5 }
  },

  addProseMirrorPlugins() {
    const { registry, delay, minConfidence } = this.options
    return [
      new Plugin<State>({
        key: suggestionsKey,
        state: {
          init: () => ({ proposals: [], decorations: DecorationSet.empty }),
          apply: (tr, prev) => {
            const next = tr.getMeta(suggestionsKey) as EntityProposal[] | undefined
            if (next) return { proposals: next, decorations: decorate(tr.doc, next) }
            if (!tr.docChanged) return prev
            // Until the next pass, keep the underlines in place and drop what was just tagged.
            const proposals = prev.proposals
              .map((p) => ({ ...p, from: tr.mapping.map(p.from), to: tr.mapping.map(p.to) }))
              .filter((p) => p.to > p.from && !tr.doc.rangeHasMark(p.from, p.to, tr.doc.type.schema.marks.entity!))
            return { proposals, decorations: decorate(tr.doc, proposals) }
          }
        },
        props: { decorations: (state) => suggestionsKey.getState(state)?.decorations },
        view: (view) => {
          let timer: ReturnType<typeof setTimeout> | undefined
          const run = (): void => {
            const proposals = compute(view.state.doc, registry(), minConfidence)
            view.dispatch(view.state.tr.setMeta(suggestionsKey, proposals).setMeta('addToHistory', false))
          }
          timer = setTimeout(run, 0)
          return {
            update: (v, prev) => {
              if (v.state.doc.eq(prev.doc)) return
              clearTimeout(timer)
              timer = setTimeout(run, delay)
            },
            destroy: () => clearTimeout(timer)
          }
        }
      })
    ]
  }
})
