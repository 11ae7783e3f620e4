import type { SuggestResult } from './SuggestResult'

/**
 * Suggestions in the exact shape of the CLI contract (DESIGN.md, "Command line"): the
 * engine's internal fields (such as a quote's paragraph group) are left out.
 */
export function toContractSuggestions(result: SuggestResult): SuggestResult {
  return {
    entities: result.entities.map(({ start, end, type, text, entityId, confidence }) =>
      entityId ? { start, end, type, text, entityId, confidence } : { start, end, type, text, confidence }
    ),
    quotes: result.quotes.map(({ start, end, text, kind, speaker, cue, confidence }) => ({
      start,
      end,
      text,
      kind,
      speaker,
      ...(cue ? { cue } : {}),
      confidence
    }))
  }
}
