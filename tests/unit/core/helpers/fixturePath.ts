import { fileURLToPath } from 'node:url'

/** Absolute path of a file under tests/fixtures. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../../fixtures/${name}`, import.meta.url))
}
