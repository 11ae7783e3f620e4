import type { EntityType } from './EntityType'
import { PLACES } from './lexicon/places'
import { ORGANIZATIONS } from './lexicon/organizations'
import { PRODUCTS } from './lexicon/products'
import { nameKey } from './nameKey'

// Keyed once at module load so a lookup is one Map.get per candidate.
const TYPES = new Map<string, EntityType>()
for (const p of PLACES) TYPES.set(nameKey(p), 'place')
for (const o of ORGANIZATIONS) TYPES.set(nameKey(o), 'organization')
for (const p of PRODUCTS) if (!TYPES.has(nameKey(p))) TYPES.set(nameKey(p), 'other')

/**
 * The type the built-in lexicons give a whole name ("Moscow" → place, "Kremlin" → organization,
 * "Firefox" → other: a product, not an entity to suggest as a person).
 */
export function lexiconType(key: string): EntityType | undefined {
  return TYPES.get(key)
}
