import type { MarkJSON } from './DocJSON'

/**
 * A stable identity for a mark: type plus attributes with sorted keys, null and undefined
 * attributes ignored. TipTap fills defaults (a link's `target: null`) that readers do not,
 * and those must still count as the same mark when text nodes are merged or spans written.
 */
export function markKey(mark: MarkJSON): string {
  const attrs = mark.attrs ?? {}
  const keys = Object.keys(attrs)
    .filter((k) => attrs[k] !== null && attrs[k] !== undefined)
    .sort()
  return mark.type + JSON.stringify(keys.map((k) => [k, attrs[k]]))
}
