import type { Entity } from '../model/Entity'
import type { EntityType } from '../model/EntityType'
import { slugify } from '../model/slugify'

/**
 * Turns suggested names into registry entities for auto-tagging: the entity the suggester
 * linked; else one of the same name or alias and type; else, for a surname alone ("Peskov"),
 * the one person whose name ends with it; else a new entity with a fresh readable id.
 * Full names are resolved before surnames, so "Peskov" after "Dmitry Peskov" finds him.
 * Pure: the caller writes the new entities' files.
 */
export class EntityResolver {
  private readonly byId = new Map<string, Entity>()
  readonly created: Entity[] = []

  constructor(existing: Entity[], private readonly takenIds: Set<string> = new Set()) {
    for (const e of existing) {
      this.byId.set(e.id, e)
      this.takenIds.add(e.id)
    }
  }

  /** The entity id for a name of a type (created when none fits). */
  resolve(name: string, type: EntityType, linkedId?: string): string {
    if (linkedId && this.byId.has(linkedId)) return this.follow(linkedId)
    const clean = name.replace(/\s+/g, ' ').trim()
    const lower = clean.toLocaleLowerCase()
    const live = [...this.byId.values()].filter((e) => !e.mergedInto)
    const same = live.find((e) => e.type === type && [e.name, ...e.aliases].some((n) => n.toLocaleLowerCase() === lower))
    if (same) return same.id
    if (type === 'person' && !/\s/.test(clean)) {
      const bySurname = live.filter((e) => e.type === 'person' && e.name.toLocaleLowerCase().split(' ').pop() === lower)
      if (bySurname.length === 1) return bySurname[0]!.id
    }
    const base = slugify(clean) || 'entity'
    let id = base
    for (let n = 2; this.takenIds.has(id); n++) id = `${base}-${n}`
    const entity: Entity = { id, type, name: clean, aliases: [] }
    this.takenIds.add(id)
    this.byId.set(id, entity)
    this.created.push(entity)
    return id
  }

  private follow(id: string): string {
    const seen = new Set<string>()
    let current = this.byId.get(id)
    while (current?.mergedInto && !seen.has(current.id) && this.byId.has(current.mergedInto)) {
      seen.add(current.id)
      current = this.byId.get(current.mergedInto)
    }
    return current?.id ?? id
  }
}
