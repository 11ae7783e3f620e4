import type { EntitySuggestion } from './EntitySuggestion'
import type { RegistryIndex } from './RegistryIndex'
import type { SuggestResult } from './SuggestResult'
import { buildContext } from './buildContext'
import { findEntities } from './findEntities'
import { findQuotes } from './findQuotes'

/**
 * Entity and quote suggestions for one text, offline and rule-based: see findEntities and
 * findQuotes for the rules. Offsets are JavaScript string indices into `text`, end exclusive.
 * Pass the workspace registry (buildRegistryIndex, built once) so known entities are linked.
 */
export function suggest(text: string, registry?: RegistryIndex): SuggestResult {
  const ctx = buildContext(text)
  const mentions = findEntities(ctx, registry)
  const entities: EntitySuggestion[] = []
  for (const m of mentions) {
    if (!m.type) continue
    const start = ctx.tokens[m.s].start
    const end = ctx.tokens[m.e - 1].end
    const e: EntitySuggestion = { start, end, type: m.type, text: text.slice(start, end), confidence: Math.round(m.score * 100) / 100 }
    if (m.entityId) e.entityId = m.entityId
    entities.push(e)
  }
  return { entities, quotes: findQuotes(ctx, mentions) }
}
