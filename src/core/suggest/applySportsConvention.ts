import type { DocContext } from './DocContext'
import type { Mention } from './Mention'
import { COUNTRIES } from './lexicon/countries'
import { DEMONYMS } from './lexicon/demonyms'
import { SPORTS_WORDS } from './lexicon/sportsWords'

const MIN_SPORTS_WORDS = 8
const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'across', 'throughout', 'inside', 'outside', 'near', 'host', 'hosts', 'hosted'])
const COUNTRY_KEYS = new Set([...COUNTRIES].map((c) => c.toLowerCase()))

/**
 * In a sports report, a country that is not a location ("Belgium beat Panama", "Tunisia 1 – 2
 * England") is the national team: an organisation. "in Russia", "to Qatar" stay places. So are
 * the nationality plurals that stand for the team ("the Belgians scored twice") and a
 * tournament's groups ("Group F").
 */
export function applySportsConvention(ctx: DocContext, mentions: Mention[]): Mention[] {
  let sports = 0
  for (const t of ctx.tokens) if (t.kind === 'word' && !t.cap && SPORTS_WORDS.has(t.lower)) sports++
  if (sports < MIN_SPORTS_WORDS || sports * 60 < ctx.tokens.length) return mentions
  return mentions.map((m) => {
    if (!m.entityId && (m.type === 'person' || m.type === 'other' || m.type === null) && ((/s$/.test(m.text) && DEMONYMS.has(m.text.slice(0, -1))) || /^Group [A-H]$/.test(m.text))) {
      return { ...m, type: 'organization' as const, score: Math.min(m.score || 0.6, 0.6) }
    }
    if (m.type !== 'place' || m.entityId || !COUNTRY_KEYS.has(m.key)) return m
    const prev = ctx.tokens[m.s - 1]
    if (prev && LOCATIVE.has(prev.lower)) return m
    if (ctx.tokens[m.e]?.kind === 'word' && !ctx.tokens[m.e].cap && /^(government|president|minister|capital|embassy)$/.test(ctx.tokens[m.e].lower)) return m
    return { ...m, type: 'organization' as const, score: Math.min(m.score, 0.6) }
  })
}
