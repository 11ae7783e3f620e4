import { readFileSync } from 'node:fs'
import { fixturePath } from './fixturePath'

/** A fixture's bytes, as importers receive them. */
export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(name)))
}
