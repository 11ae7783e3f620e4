import type { Check } from './Check'
import { bodyTarget } from './bodyTarget'
import { excerpt, quoted } from './excerpt'
import { quoteGroups } from './quoteGroups'

/** Error: a direct quote tagged without a speaker — words in quotation marks must have an owner. */
export const checkQuoteSpeaker: Check = (_article, { body }) =>
  quoteGroups(body)
    .filter((q) => q.kind === 'direct' && !q.speakerId)
    .map((q) => {
      const first = q.spans[0]!
      return {
        id: 'quote-speaker',
        key: `quote-speaker:${q.quoteId}`,
        severity: 'error' as const,
        message: `The quote ${quoted(excerpt(q.text))} has no speaker — pick who said it.`,
        ...bodyTarget(first.blockIndex, first.from, first.to)
      }
    })
