import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { AddMarkStep } from '@tiptap/pm/transform'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { EntityType } from '../../../core/model/EntityType'
import { entitySuggestionKey, quoteSuggestionKey } from '../../../core/model/suggestionKey'
import type { QuoteKind } from '../../../core/model/tagMarks'
import type { RegistryIndex } from '../../../core/suggest/RegistryIndex'
import { findSpellingVariants } from '../../../core/suggest/findSpellingVariants'
import { suggest } from '../../../core/suggest/suggest'
import type { SuggestPass } from '../worker/coreProtocol'
import { docText, type DocText } from './docText'
import { dispatchAsync, readPendingDom } from './dispatchAsync'

export interface EntityProposal {
  from: number
  to: number
  text: string
  type: EntityType
  entityId?: string
  confidence: number
}

export interface QuoteProposal {
  from: number
  to: number
  text: string
  kind: QuoteKind
  /** The resolved speaker ("Dmitry Peskov") and the registry entity when the suggester linked one. */
  speaker: { name: string; entityId?: string } | null
  /** Proposals sharing a group are one quote over several paragraphs. */
  group?: number
  confidence: number
}

export interface SuggestionsOptions {
  /** The workspace registry, prepared for the suggester (undefined: none yet). */
  registry: () => RegistryIndex | undefined
  /** Suggestions the desk rejected in this article (suggestion keys), never shown again. */
  rejected: () => ReadonlySet<string>
  /** Milliseconds of quiet after typing before suggestions are computed again. */
  delay: number
  /** Suggestions below this confidence are not shown. */
  minConfidence: number
  /**
   * Runs the suggester (and the spelling-variant check) on the text, off this thread in the app
   * (a worker); absent, it runs here with `registry`.
   */
  engine?: (text: string) => Promise<SuggestPass>
}

/** One name spelled two ways in the article, as document ranges (see findSpellingVariants). */
export interface VariantProposal {
  preferred: string
  spellings: string[]
  /** The occurrences not spelled the preferred way. */
  others: { from: number; to: number; text: string }[]
}

interface Proposals {
  entities: EntityProposal[]
  quotes: QuoteProposal[]
  /** Recomputed with the suggestions (after a pause in typing), not on every keystroke. */
  variants?: VariantProposal[]
}

interface State extends Proposals {
  decorations: DecorationSet
}

export const suggestionsKey = new PluginKey<State>('suggestions')

const ENTITY_TYPES = new Set(['person', 'organization', 'place', 'event', 'work', 'other'])

/** One suggestion pass on this thread. */
function passHere(text: string, registry: RegistryIndex | undefined): SuggestPass {
  const result = suggest(text, registry)
  return { result, variants: findSpellingVariants(text, result.entities, registry) }
}

/** Suggestions not yet tagged (no entity / quote mark over that range) and not rejected. */
function toProposals(doc: PMNode, { toPos }: DocText, pass: SuggestPass, rejected: ReadonlySet<string>, minConfidence: number): Proposals {
  const { result } = pass
  const { entity, quote } = doc.type.schema.marks
  const entities: EntityProposal[] = []
  for (const s of result.entities) {
    if (s.confidence < minConfidence || !ENTITY_TYPES.has(s.type)) continue
    if (rejected.has(entitySuggestionKey(s.type, s.text))) continue
    const from = toPos(s.start)
    const to = toPos(s.end)
    if (to <= from || doc.rangeHasMark(from, to, entity!)) continue
    entities.push({ from, to, text: s.text, type: s.type as EntityType, entityId: s.entityId, confidence: s.confidence })
  }
  const quotes: QuoteProposal[] = []
  const rejectedGroups = new Set<number>()
  for (const q of result.quotes) {
    if (q.confidence < minConfidence) continue
    if (rejected.has(quoteSuggestionKey(q.text))) {
      if (q.group !== undefined) rejectedGroups.add(q.group)
      continue
    }
    const from = toPos(q.start)
    const to = toPos(q.end)
    if (to <= from || doc.rangeHasMark(from, to, quote!)) continue
    const speaker = q.speaker ? { name: q.speaker.name, ...(q.speaker.entityId ? { entityId: q.speaker.entityId } : {}) } : null
    quotes.push({ from, to, text: q.text, kind: q.kind, speaker, group: q.group, confidence: q.confidence })
  }
  const variants = pass.variants.map((v) => ({
    preferred: v.preferred,
    spellings: [...new Set(v.mentions.map((m) => m.text))],
    others: v.mentions.filter((m) => m.text !== v.preferred).map((m) => ({ text: m.text, from: toPos(m.start), to: toPos(m.end) }))
  }))
  return { entities, quotes: quotes.filter((q) => q.group === undefined || !rejectedGroups.has(q.group)), variants }
}

function decorate(doc: PMNode, { entities, quotes }: Proposals): DecorationSet {
  const percent = (c: number): string => `${Math.round(c * 100)}%`
  return DecorationSet.create(doc, [
    ...quotes.map((q, i) =>
      Decoration.inline(q.from, q.to, {
        class: 'suggestion suggestion-quote',
        'data-suggestion-quote': String(i),
        title: `Suggested ${q.kind === 'indirect' ? 'reported speech' : 'quote'}${q.speaker ? ` by ${q.speaker.name}` : ''} (${percent(q.confidence)}) — right-click to accept or reject`
      })
    ),
    ...entities.map((p, i) =>
      Decoration.inline(p.from, p.to, {
        class: `suggestion tag-${p.type}`,
        'data-suggestion': String(i),
        title: `Suggested ${p.type} (${percent(p.confidence)}) — right-click to accept or reject`
      })
    )
  ])
}

/**
 * Until the next pass, keeps the underlines where they were. Typing only maps positions and
 * decorations (cost proportional to the change, not the document: a keystroke in a
 * 10,000-word article must stay within a frame); a transaction that adds marks also drops what
 * was just tagged. A proposal whose text was deleted collapses (from = to) and shows nothing;
 * the list keeps its length so decoration indices stay valid.
 */
function mapState(tr: Transaction, prev: State): State {
  const map = <T extends { from: number; to: number }>(p: T): T => ({ ...p, from: tr.mapping.map(p.from), to: tr.mapping.map(p.to) })
  const variants = prev.variants?.map((v) => ({ ...v, others: v.others.map(map) }))
  const mapped: Proposals = { entities: prev.entities.map(map), quotes: prev.quotes.map(map), variants }
  if (!tr.steps.some((s) => s instanceof AddMarkStep)) return { ...mapped, decorations: prev.decorations.map(tr.mapping, tr.doc) }
  const { entity, quote } = tr.doc.type.schema.marks
  const next: Proposals = {
    entities: mapped.entities.filter((p) => p.to > p.from && !tr.doc.rangeHasMark(p.from, p.to, entity!)),
    quotes: mapped.quotes.filter((p) => p.to > p.from && !tr.doc.rangeHasMark(p.from, p.to, quote!)),
    variants
  }
  return { ...next, decorations: decorate(tr.doc, next) }
}

/** The untagged entity suggestions in the editor now. */
export function getEntityProposals(state: EditorState): EntityProposal[] {
  return suggestionsKey.getState(state)?.entities ?? []
}

/** Names spelled two ways, as of the last suggestion pass (undefined before the first). */
export function getSpellingVariants(state: EditorState): VariantProposal[] | undefined {
  return suggestionsKey.getState(state)?.variants
}

/** The untagged quote suggestions in the editor now. */
export function getQuoteProposals(state: EditorState): QuoteProposal[] {
  return suggestionsKey.getState(state)?.quotes ?? []
}

/** A transaction meta that replaces the shown proposals (after a dismissal, say). */
export function setProposals(tr: Transaction, proposals: Proposals): Transaction {
  return tr.setMeta(suggestionsKey, proposals).setMeta('addToHistory', false)
}

/**
 * Live suggestions: names and quotes the suggester finds that are not tagged yet get a dotted
 * underline (entities in their type's colour, quotes in the quote colour) — decorations, so the
 * text never moves. Recomputed after a pause in typing; rejected ones stay away.
 */
export const Suggestions = Extension.create<SuggestionsOptions>({
  name: 'suggestions',

  addOptions() {
    return { registry: () => undefined, rejected: () => new Set<string>(), delay: 250, minConfidence: 0.5, engine: undefined }
  },

  addProseMirrorPlugins() {
    const { registry, rejected, delay, minConfidence, engine } = this.options
    return [
      new Plugin<State>({
        key: suggestionsKey,
        state: {
          init: () => ({ entities: [], quotes: [], variants: undefined, decorations: DecorationSet.empty }),
          apply: (tr, prev) => {
            const next = tr.getMeta(suggestionsKey) as Proposals | 'refresh' | undefined
            if (next && next !== 'refresh') {
              const kept = { ...next, variants: next.variants ?? prev.variants }
              return { ...kept, decorations: decorate(tr.doc, kept) }
            }
            if (!tr.docChanged) return prev
            return mapState(tr, prev)
          }
        },
        props: { decorations: (state) => suggestionsKey.getState(state)?.decorations },
        view: (view) => {
          let timer: ReturnType<typeof setTimeout> | undefined
          let destroyed = false
          let ticket = 0
          const run = (): void => {
            if (view.isDestroyed) return
            readPendingDom(view)
            const doc = view.state.doc
            const text = docText(doc)
            if (!engine) {
              view.dispatch(setProposals(view.state.tr, toProposals(doc, text, passHere(text.text, registry()), rejected(), minConfidence)))
              return
            }
            const mine = ++ticket
            engine(text.text)
              .then((pass) => {
                // A pass over text that has changed since is dropped: the change scheduled a new one.
                if (destroyed || mine !== ticket || !view.state.doc.eq(doc)) return
                dispatchAsync(view, (v) => (v.state.doc.eq(doc) ? setProposals(v.state.tr, toProposals(v.state.doc, text, pass, rejected(), minConfidence)) : null))
              })
              .catch(() => {
                // The worker failed over to the page; the next pass runs there.
              })
          }
          timer = setTimeout(run, 0)
          return {
            update: (v, prev) => {
              const refresh = v.state.doc.eq(prev.doc) ? false : true
              if (!refresh) return
              clearTimeout(timer)
              timer = setTimeout(run, delay)
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
