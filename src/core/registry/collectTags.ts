import type { DocJSON, NodeJSON } from '../model/DocJSON'
import type { QuoteKind } from '../model/tagMarks'

export interface CollectedQuote {
  quoteId: string
  /** The text of all its ranges, in document order, paragraphs joined by a space. */
  text: string
  speakerId: string | null
  sourceId: string | null
  kind: QuoteKind
  verified: boolean
}

export interface CollectedTags {
  /** entityId → number of mentions (adjacent text nodes of one mark count once). */
  mentions: Map<string, number>
  quotes: CollectedQuote[]
}

/** Walks an article body once and collects its entity mentions and quotes (the derived indexes). */
export function collectTags(doc: DocJSON): CollectedTags {
  const mentions = new Map<string, number>()
  const quotes = new Map<string, CollectedQuote>()
  const visitBlock = (block: NodeJSON): void => {
    if (!block.content) return
    let openEntities = new Set<string>()
    let openQuote: string | null = null
    for (const child of block.content) {
      if (child.type !== 'text') {
        visitBlock(child)
        openEntities = new Set()
        openQuote = null
        continue
      }
      const here = new Set<string>()
      let quoteHere: string | null = null
      for (const m of child.marks ?? []) {
        const a = m.attrs ?? {}
        if (m.type === 'entity' && typeof a.entityId === 'string') {
          here.add(a.entityId)
          if (!openEntities.has(a.entityId)) mentions.set(a.entityId, (mentions.get(a.entityId) ?? 0) + 1)
        }
        if (m.type === 'quote' && typeof a.quoteId === 'string') {
          quoteHere = a.quoteId
          const q = quotes.get(a.quoteId)
          const text = child.text ?? ''
          if (!q) {
            quotes.set(a.quoteId, {
              quoteId: a.quoteId,
              text,
              speakerId: typeof a.speakerId === 'string' ? a.speakerId : null,
              sourceId: typeof a.sourceId === 'string' ? a.sourceId : null,
              kind: (a.kind as QuoteKind) ?? 'direct',
              verified: a.verified === true
            })
          } else {
            q.text += openQuote === a.quoteId ? text : ` ${text}`
          }
        }
      }
      openEntities = here
      openQuote = quoteHere
    }
  }
  for (const block of doc.content) visitBlock(block)
  return { mentions, quotes: [...quotes.values()] }
}
