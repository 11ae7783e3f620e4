import type { GoldDoc } from './GoldDoc'
import type { Half } from './Half'

/**
 * The deterministic split the engine is tuned on: documents sorted by id, even positions are
 * 'dev' (tune on these), odd positions 'test' (report only). Independent of file order.
 */
export function selectHalf(docs: GoldDoc[], half: Half): GoldDoc[] {
  if (half === 'all') return docs
  const ids = docs.map((d) => d.id).sort()
  const keep = new Set(ids.filter((_, i) => (i % 2 === 0) === (half === 'dev')))
  return docs.filter((d) => keep.has(d.id))
}
