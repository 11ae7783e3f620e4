import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Subheads in the seed are its short lines; no running-text line there is this short. */
const MAX_SUBHEAD_WORDS = 8

/**
 * The seed sample's lines, classified independently of the importer (by word count, not by
 * punctuation), so the conformance checks do not just repeat the code they test. The expected
 * values come from the shared file at run time: the seed's text is never copied into the repo.
 */
export function seedLines(shared: string): {
  path: string
  photo: string[]
  subheads: string[]
  paragraphs: string[]
  /** Every line that is not metadata, in file order. */
  body: string[]
} {
  const path = join(shared, 'samples', 'seed-article.txt')
  const lines = readFileSync(path, 'utf8')
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
  const photo: string[] = []
  const subheads: string[] = []
  const paragraphs: string[] = []
  const body: string[] = []
  for (const line of lines) {
    const field = /^(\p{L}[\p{L}\p{N} _-]*)::\s*(.*)$/u.exec(line)
    if (field) {
      if (field[1]!.toLowerCase() === 'photo') photo.push(field[2]!)
      continue
    }
    body.push(line)
    if (line.split(/\s+/).length <= MAX_SUBHEAD_WORDS) subheads.push(line)
    else paragraphs.push(line)
  }
  return { path, photo, subheads, paragraphs, body }
}
