import { slugify } from '../model/slugify'
import { foldText } from './foldText'

/** What entity matching needs of a registry entity. */
export interface NamedEntity {
  id: string
  name: string
  aliases?: readonly string[]
}

const words = (text: string): string[] => foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean)

/**
 * The entities a filter value names: the entity with that id, else every entity one of whose
 * names holds all the value's words ("peskov" → Dmitry Peskov, "islamic republic" → Iran when it
 * is an alias). A value naming no registry entity is taken as an id, so tags of entities missing
 * from the registry can still be found.
 */
export function matchEntityIds(value: string, entities: readonly NamedEntity[]): Set<string> {
  const slug = slugify(value)
  const exact = entities.find((e) => e.id === value || e.id === slug)
  if (exact) return new Set([exact.id])
  const wanted = words(value)
  const out = new Set<string>()
  if (wanted.length > 0) {
    for (const e of entities) {
      const names = [e.name, ...(e.aliases ?? [])]
      if (names.some((n) => { const have = words(n); return wanted.every((w) => have.includes(w)) })) out.add(e.id)
    }
  }
  if (out.size === 0) out.add(slug)
  return out
}
