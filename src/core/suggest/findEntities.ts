import type { DocContext } from './DocContext'
import type { Mention } from './Mention'
import type { RegistryIndex } from './RegistryIndex'
import type { RegistryEntity } from './RegistryEntity'
import { TITLE_WORDS } from './lexicon/titles'
import { applySportsConvention } from './applySportsConvention'
import { matchRegistry } from './matchRegistry'
import { nameRuns } from './nameRuns'
import { resolveMentions } from './resolveMentions'
import { typeRun } from './typeRun'

/**
 * Entity mentions: the registry first (names, aliases, then last-name and title references to
 * the people it knows), then the names the registry does not know, typed by the rule chain in
 * typeRun and resolveMentions. Sorted by position, never overlapping.
 */
export function findEntities(ctx: DocContext, registry?: RegistryIndex): Mention[] {
  const { tokens } = ctx
  const known = registry && registry.size ? matchRegistry(ctx, registry) : []
  const taken = new Uint8Array(tokens.length)
  for (const m of known) taken.fill(1, m.s, m.e)
  const found: Mention[] = []
  for (const [s, e] of nameRuns(ctx)) {
    if (ctx.metaParas.has(tokens[s].para)) continue
    // Parts of the run that no registry match covers, with a dangling title removed ("US President").
    let i = s
    while (i < e) {
      if (taken[i]) {
        i++
        continue
      }
      let j = i
      while (j < e && !taken[j]) j++
      let end = j
      if (j < e) while (end > i && (TITLE_WORDS.has(tokens[end - 1].lower) || tokens[end - 1].kind !== 'word')) end--
      if (end > i) found.push(...typeRun(ctx, i, end))
      i = j
    }
  }
  const resolved = applySportsConvention(ctx, resolveMentions(ctx, found))
  const linked = registry && registry.size ? resolved.map((m) => linkReference(m, known, registry)) : resolved
  return [...known, ...linked].sort((a, b) => a.s - b.s)
}

/** "Putin" or "Mr Peskov" → the registry person whose last name it is, preferring one named in the text. */
function linkReference(m: Mention, known: Mention[], registry: RegistryIndex): Mention {
  if (m.text.includes(' ') || (m.type !== 'person' && m.type !== null && m.type !== 'other')) return m
  const people = registry.byLastName.get(m.key)
  if (!people) return m
  const inText = people.filter((p) => known.some((k) => k.entityId === p.id))
  const pick: RegistryEntity | undefined = inText.length === 1 ? inText[0] : people.length === 1 ? people[0] : undefined
  if (!pick) return m
  return { ...m, type: 'person', entityId: pick.id, canonical: pick.name, score: inText.length ? 0.9 : 0.7 }
}
