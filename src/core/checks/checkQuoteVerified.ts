import type { Check } from './Check'
import { bodyTarget } from './bodyTarget'
import { excerpt, quoted } from './excerpt'
import { quoteGroups } from './quoteGroups'

/** Warning: a tagged quote nobody has checked against the recording, transcript or source yet. */
export const checkQuoteVerified: Check = (_article, { body }) =>
  quoteGroups(body)
    .filter((q) => !q.verified)
    .map((q) => {
      const first = q.spans[0]!
      return {
        id: 'quote-unverified',
        key: `quote-unverified:${q.quoteId}`,
        severity: 'warning' as const,
        message: `The quote ${quoted(excerpt(q.text))} is not marked verified — check it against the source, then mark it verified.`,
        ...bodyTarget(first.blockIndex, first.from, first.to)
      }
    })
