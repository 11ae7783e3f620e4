/**
 * Uint8Array values as `{ __bytes: base64 }` envelopes, for the test transport only: Playwright's
 * binding serialiser is not guaranteed to carry typed arrays. Works in Node and the browser.
 */
const KEY = '__bytes'

function toBase64(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(s)
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text)
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i)
  return out
}

export function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [KEY]: toBase64(value) }
  if (Array.isArray(value)) return value.map(encodeBytes)
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeBytes(v)]))
  }
  return value
}

export function decodeBytes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeBytes)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    const keys = Object.keys(record)
    if (keys.length === 1 && keys[0] === KEY && typeof record[KEY] === 'string') return fromBase64(record[KEY])
    return Object.fromEntries(keys.map((k) => [k, decodeBytes(record[k])]))
  }
  return value
}
