import { finalPunctuation } from './finalPunctuation'
import { parseMetadataLine } from './parseMetadataLine'

/** A headline may ask or exclaim, but never ends like a sentence, a lead-in or a list. */
const NOT_HEADLINE_ENDINGS = '.:;…,-–—'
const MAX_CHARS = 120
const MAX_WORDS = 20

/**
 * True for a first line that reads as a headline: short, no final full stop, not a
 * `Key::` line, not a byline, not starting in lower case. A first line that fails this is the
 * lede and stays in the body: the headline is then left empty, never guessed.
 */
export function isHeadlineLine(line: string): boolean {
  const text = line.trim()
  if (!text || text.length > MAX_CHARS || text.split(/\s+/).length > MAX_WORDS) return false
  if (parseMetadataLine(text)) return false
  if (!/[\p{L}\p{N}]/u.test(text)) return false
  if (/^\P{L}*\p{Ll}/u.test(text) || /^by\s/i.test(text)) return false
  return !NOT_HEADLINE_ENDINGS.includes(finalPunctuation(text))
}
