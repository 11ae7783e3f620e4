import type { DocContext } from './DocContext'
import type { EntityType } from './EntityType'
import type { Mention } from './Mention'
import { lexiconType } from './lexiconType'
import { nameKey } from './nameKey'

const PLACE_PREPOSITIONS = new Set(['in', 'from', 'to', 'near', 'across', 'throughout', 'outside', 'inside'])

/**
 * Document-level typing, after every run has its local guess:
 * - a short reference takes the type and canonical name of the full name it repeats: "Putin"
 *   after "Vladimir Putin", "Paris" after "Valeska Paris" (a person beats the lexicon's city);
 * - a name still untyped takes the type the same name has elsewhere in the text, by evidence;
 * - what is left is guessed from its neighbourhood ("in X" → place) or typed 'other' with a low
 *   confidence, so the desk still sees it.
 */
export function resolveMentions(ctx: DocContext, mentions: Mention[]): Mention[] {
  const persons = new Map<string, { name: string; score: number }>()
  for (const m of mentions) {
    // People's names lend their surname to later references ("Lukaku" after "Romelu Lukaku");
    // a known organisation keeps its type (below), so a guessed "Google Science Fair" cannot
    // make "Google" a person.
    if (m.type !== 'person' || m.score < 0.55) continue
    const parts = m.text.split(/\s+/)
    if (parts.length < 2) continue
    const last = nameKey(parts[parts.length - 1])
    if (!persons.has(last)) persons.set(last, { name: m.text, score: m.score })
  }
  const votes = new Map<string, Map<EntityType, number>>()
  for (const m of mentions) {
    if (!m.type || m.entityId) continue
    const v = votes.get(m.key) ?? new Map<EntityType, number>()
    v.set(m.type, (v.get(m.type) ?? 0) + m.score)
    votes.set(m.key, v)
  }
  return mentions.map((m) => {
    if (m.entityId) return m
    const single = !m.text.includes(' ')
    const person = single ? persons.get(m.key) : undefined
    // A guessed full name (no given name, title or role) only types what nothing else typed.
    const full = person && (person.score >= 0.75 || m.type === null || m.type === 'person') ? person.name : undefined
    // A surname beats the lexicon only over a place ("Paris" after "Valeska Paris").
    const lexicon = lexiconType(m.key)
    if (full && full !== m.text && lexicon !== 'organization') return { ...m, type: 'person' as const, score: Math.max(m.score, 0.8), canonical: full }
    const v = votes.get(m.key)
    if (v) {
      let best: EntityType | null = null
      let weight = 0
      for (const [t, w] of v) if (w > weight) [best, weight] = [t, w]
      if (best && best !== m.type && (!m.type || weight > m.score * 1.5)) return { ...m, type: best, score: Math.min(0.8, Math.max(m.score, 0.5)) }
      if (m.type) return m
    }
    if (m.type) return m
    // "in X" alone is weak evidence ("in Scientology", "in Photoshop"): a low-confidence 'other'.
    const prev = ctx.tokens[m.s - 1]
    if (prev && PLACE_PREPOSITIONS.has(prev.lower) && !lexiconType(m.key)) return { ...m, type: 'other' as const, score: 0.3 }
    return { ...m, type: 'other' as const, score: 0.25 }
  })
}
