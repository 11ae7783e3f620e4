/** ninjs 3.x names that 2.1 spells differently than by lower-casing, and 3.x names 2.1 lacks (null). */
const RENAMED: Record<string, string | null> = { embargoedUntil: 'embargoed', digitalSourceType: null }

/**
 * A ninjs 3.1 object in 2.1 form: every property name lower-cased (copyrightHolder →
 * copyrightholder, infoSources → infosources, contentType → contenttype…), embargoedUntil
 * renamed embargoed, and digitalSourceType, which 2.1 does not have, left out.
 */
export function toNinjs21(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toNinjs21)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    const renamed = key in RENAMED ? RENAMED[key] : key.toLowerCase()
    if (renamed) out[renamed] = toNinjs21(v)
  }
  return out
}
