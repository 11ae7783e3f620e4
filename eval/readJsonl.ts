import { readFileSync } from 'node:fs'

/** Parses a JSON-lines file, naming the line of any syntax error. */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as T
      } catch (err) {
        throw new Error(`${path}:${i + 1}: ${(err as Error).message}`)
      }
    })
}
