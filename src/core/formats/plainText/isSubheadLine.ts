import { finalPunctuation } from './finalPunctuation'

/** Endings that mark running text: sentences, lead-ins to a quote ("said:"), datelines ("MOSCOW —"). */
const RUNNING_TEXT_ENDINGS = '.!?:;…,-–—'
const MAX_CHARS = 80
const MAX_WORDS = 12

/**
 * True for a line that reads as a subhead: short, no sentence-final punctuation, not starting
 * in lower case (a line that does is a wrapped continuation or a fragment), not a byline.
 * Length limits follow newsroom subheads: rarely more than a dozen words.
 */
export function isSubheadLine(line: string): boolean {
  const text = line.trim()
  if (!text || text.length > MAX_CHARS) return false
  if (text.split(/\s+/).length > MAX_WORDS) return false
  if (!/[\p{L}\p{N}]/u.test(text)) return false
  if (/^\P{L}*\p{Ll}/u.test(text)) return false
  if (/^by\s/i.test(text)) return false
  return !RUNNING_TEXT_ENDINGS.includes(finalPunctuation(text))
}
