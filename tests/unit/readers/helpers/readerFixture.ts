import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Absolute path of a file under tests/fixtures/readers. */
export function readerFixturePath(name: string): string {
  return fileURLToPath(new URL(`../../../fixtures/readers/${name}`, import.meta.url))
}

/** A reader fixture's bytes, as importers receive them. */
export function readerFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(readerFixturePath(name)))
}

/** A reader fixture's text. */
export function readerFixtureText(name: string): string {
  return readFileSync(readerFixturePath(name), 'utf8')
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

/** Deterministic quote ids, as a ULID factory would hand them out. */
export function counterIds(prefix = 'Q'): () => string {
  let n = 0
  return () => `${prefix}${String(++n).padStart(3, '0')}`
}
