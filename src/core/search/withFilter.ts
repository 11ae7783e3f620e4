import { FILTER_KEYS, type FilterKey } from './SearchQuery'

const TOKEN = /(?:^|\s)-?([a-zA-Z]+):(?:"[^"]*"?|“[^”]*”?|\S*)/g
const KEY_ALIASES: Record<string, FilterKey> = { is: 'status', by: 'speaker', tag: 'entity', credit: 'agency' }

function keyOf(name: string): FilterKey | undefined {
  const k = name.toLowerCase()
  return (FILTER_KEYS as readonly string[]).includes(k) ? (k as FilterKey) : KEY_ALIASES[k]
}

/** A filter token: the value in quotes when it has spaces or is empty. */
export function filterToken(key: FilterKey, value: string): string {
  return /[\s"]/.test(value) || value === '' ? `${key}:"${value.replace(/"/g, '')}"` : `${key}:${value}`
}

/**
 * The search box text with the filter `key` set to `value` (or removed, for null): every token
 * of that key goes, the new one is put first so the words being typed stay last. The filter row
 * writes the query this way, so the box always shows the whole search.
 */
export function withFilter(query: string, key: FilterKey, value: string | null): string {
  const rest = query
    .replace(TOKEN, (token, name: string) => (keyOf(name) === key ? ' ' : token))
    .replace(/\s{2,}/g, ' ')
    .replace(/^\s+/, '')
  if (value === null || value.trim() === '') return rest
  return rest ? `${filterToken(key, value.trim())} ${rest}` : `${filterToken(key, value.trim())} `
}
