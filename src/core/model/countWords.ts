import type { DocJSON } from './DocJSON'
import { docToPlainText } from './docToPlainText'

/**
 * Words in the body, the way a newsroom counts them: runs separated by white space that hold
 * at least one letter or digit. "al-Assad" and "12-day" are one word each; a dash or a lone
 * quotation mark is none. Text across mark boundaries ("**Pes**kov") is one word because the
 * count works on the plain text, not on text nodes.
 */
export function countWords(doc: DocJSON): number {
  let count = 0
  for (const token of docToPlainText(doc).split(/\s+/)) {
    if (/[\p{L}\p{N}]/u.test(token)) count++
  }
  return count
}
